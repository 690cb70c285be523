using Triangulate.Stories.Clustering;

namespace Triangulate.Stories.Tests.Clustering;

/// <summary>Small hand-written articles about clearly different events, for clusterer tests.</summary>
internal static class Texts
{
    public static ClusterInput Bridge(string id, DateTimeOffset? date = null, string? title = "Footbridge collapses in Port Alcena") =>
        new(id, title, "A section of the Ferrán footbridge over the Sable River in Port Alcena collapsed on Saturday evening during a crowded night market, injuring at least 12 people. Mayor José Núñez ordered a review of the collapse. The Port Alcena Transit Authority said the footbridge had been inspected in March.", date);

    public static ClusterInput BridgeFollowUp(string id, DateTimeOffset? date = null) =>
        new(id, "Injured count rises after Port Alcena footbridge collapse", "The health department in Port Alcena said 16 people were injured when the Ferrán footbridge collapsed over the Sable River. Mayor José Núñez visited the injured and the transit authority published its inspection of the footbridge.", date);

    public static ClusterInput Otters(string id, DateTimeOffset? date = null) =>
        new(id, "Aquarium welcomes two sea otter pups", "Two sea otter pups have been born at the Marine Aquarium, the first otter births at the aquarium in more than a decade. Keepers said the otter mothers Kelpie and Morwenna were doing well and the pups would meet visitors in spring.", date);

    public static ClusterInput OttersFollowUp(string id, DateTimeOffset? date = null) =>
        new(id, "Otter pups named by aquarium visitors", "Visitors to the Marine Aquarium have named the two sea otter pups after a public vote. The otter pups, born to Kelpie and Morwenna, are growing well, keepers at the aquarium said.", date);

    public static ClusterInput Election(string id, DateTimeOffset? date = null) =>
        new(id, "Farmers party wins regional election in Velmora", "The Farmers party won the regional election in Velmora on Sunday with 41 percent of the vote, ahead of the Liberal alliance. Turnout rose to 63 percent, the electoral commission said, and coalition talks begin next week.", date);
}
