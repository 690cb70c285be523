namespace Triangulate.Extraction.Tests.Cleaning;

/// <summary>Invented story text (not from any data set) that surrounds the line a test is about.</summary>
internal static class CleanerFixtures
{
    /// <summary>Longer than any rule looks at, so it must always survive.</summary>
    public const string Lead =
        "The harbour authority in Port Selwyn approved a plan on Tuesday to dredge the eastern channel, a project that " +
        "officials said would let larger container ships dock at the quay and that fishing cooperatives have opposed " +
        "for more than a decade because of its likely effect on the spawning grounds along the outer reef and the shellfish beds.";

    public const string Tail =
        "Work is due to start in the spring and to last about eighteen months, according to the authority's own timetable, " +
        "which also foresees a new breakwater and a small museum about the town's whaling past, paid for by a levy on cruise passengers.";

    /// <summary>An article with <paramref name="line"/> as its own paragraph between two story paragraphs.</summary>
    public static string Around(string line) => $"{Lead}\n\n{line}\n\n{Tail}";
}
