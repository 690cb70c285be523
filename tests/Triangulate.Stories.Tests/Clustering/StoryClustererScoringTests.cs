using System.Text.Json;
using Triangulate.Stories.Clustering;

namespace Triangulate.Stories.Tests.Clustering;

/// <summary>The developing-story scoring: anchors lift the time decay, one site's furniture is no evidence (issue #22, item 6).</summary>
public sealed class StoryClustererScoringTests
{
    private static readonly DateTimeOffset Day = new(2025, 10, 18, 12, 0, 0, TimeSpan.Zero);

    // Furniture a local site prints on every page; the stories under it have nothing in common.
    private const string Furniture = " Sign up for the Harbour Herald newsletter. Follow Harbour Herald Live on Facebook.";

    [Fact]
    public void Add_FollowUpAMonthLaterNamingTheSamePeopleAndPlaces_JoinsTheStory()
    {
        var c = new StoryClusterer();
        var first = c.Add(Texts.Bridge("a1", Day));
        var later = c.Add(Texts.BridgeFollowUp("a2", Day.AddDays(50)));
        Assert.Equal(first, later);
    }

    [Fact]
    public void Add_FollowUpAMonthLaterWithoutTheAnchorShield_DecaysApart()
    {
        // The same pair with the shield off: the 30-day decay alone splits it, which is what the shield fixes.
        var c = new StoryClusterer(new StoryClustererOptions { AnchorShield = 0 });
        Assert.NotEqual(c.Add(Texts.Bridge("a1", Day)), c.Add(Texts.BridgeFollowUp("a2", Day.AddDays(50))));
    }

    [Theory]
    [InlineData(0.8, false)]
    [InlineData(1.0, true)] // without the same-site factor the furniture alone joins them
    public void Add_TwoPagesOfOneSiteSharingOnlyFurniture_StayApart(double sameSiteFactor, bool together)
    {
        var c = new StoryClusterer(new StoryClustererOptions { SameSiteFactor = sameSiteFactor });
        var otters = c.Add(OnSite(Texts.Otters("a1", Day), "harbourherald.com"));
        var vote = c.Add(OnSite(Texts.Election("a2", Day), "harbourherald.com"));
        Assert.Equal(together, otters == vote);
    }

    [Fact]
    public void Add_SameStoryOnOneSite_StillJoins()
    {
        var c = new StoryClusterer();
        var first = c.Add(OnSite(Texts.Otters("a1", Day), "harbourherald.com"));
        var second = c.Add(OnSite(Texts.OttersFollowUp("a2", Day.AddDays(1)), "harbourherald.com"));
        Assert.Equal(first, second);
    }

    [Fact]
    public void Add_SiteNameInTheText_IsNotAFeature()
    {
        // "DNAinfo" on a page of dnainfo.com says which site it is, not which story; on another site it is a name.
        var c = new StoryClusterer();
        c.Add(new ClusterInput("a1", null, "Listen to DNAinfo Radio. Two sea otter pups were born at the Marine Aquarium.", Day) { Outlet = "dnainfo.com" });
        Assert.DoesNotContain("dnainfo", c.ToSnapshot().Terms);
        c.Add(new ClusterInput("a2", null, "The report was first published by DNAinfo on Monday.", Day) { Outlet = "Harbour Herald" });
        Assert.Contains("dnainfo", c.ToSnapshot().Terms);
    }

    [Fact]
    public void FromSnapshot_WrittenBeforeAnchorsAndSites_LoadsAndContinues()
    {
        var c = new StoryClusterer();
        c.Add(OnSite(Texts.Bridge("a1", Day), "alcena.example"));
        var json = JsonSerializer.Serialize(c.ToSnapshot());
        Assert.Contains("\"AnchorIds\"", json, StringComparison.Ordinal);

        // An older snapshot has none of the anchor or site fields.
        var old = JsonSerializer.Deserialize<ClustererSnapshot>(StripNewFields(json))!;
        var restored = StoryClusterer.FromSnapshot(old);
        Assert.Equal(restored.StoryOf("a1")!.Id, restored.Add(Texts.BridgeFollowUp("a2", Day.AddDays(1))));
    }

    private static ClusterInput OnSite(ClusterInput input, string site) => input with { Text = input.Text + Furniture, Outlet = site };

    private static string StripNewFields(string json)
    {
        var node = System.Text.Json.Nodes.JsonNode.Parse(json)!;
        foreach (var story in node["Live"]!.AsArray())
        {
            story!.AsObject().Remove("AnchorIds");
            story.AsObject().Remove("AnchorWeights");
            story.AsObject().Remove("AnchorArticles");
            foreach (var m in story["Members"]!.AsArray())
            {
                m!.AsObject().Remove("AnchorIds");
                m.AsObject().Remove("AnchorWeights");
                m.AsObject().Remove("Outlet");
            }
        }

        return node.ToJsonString();
    }
}
