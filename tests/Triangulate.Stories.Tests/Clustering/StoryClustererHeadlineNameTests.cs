using System.Text.Json;
using Triangulate.Stories.Clustering;

namespace Triangulate.Stories.Tests.Clustering;

/// <summary>
/// The headline-name join (issue #22): a follow-up whose words drift from the flood to the funerals still names the
/// flooded village in its headline and the same river and people in its text, so it joins the story although its text
/// similarity is under the join threshold. Our own fictional articles.
/// </summary>
public sealed class StoryClustererHeadlineNameTests
{
    private static readonly DateTimeOffset Day = new(2025, 3, 4, 9, 0, 0, TimeSpan.Zero);

    private static readonly StoryClustererOptions On = new() { HeadlineNameFloor = 0.1 };

    [Theory]
    [InlineData(0.0, false)] // the rule off: the vigil's words are too far from the flood's
    [InlineData(0.1, true)]
    public void Add_FollowUpWhoseHeadlineNamesTheVillage_JoinsOnlyWithTheRule(double floor, bool together)
    {
        var c = new StoryClusterer(new StoryClustererOptions { HeadlineNameFloor = floor });
        var flood = c.Add(Flood("a1", Day, "valleypost.example"));
        c.Add(Unrelated("u1", Day));
        var vigil = c.Add(Vigil("a2", Day.AddDays(2), "northwire.example"));
        Assert.Equal(together, flood == vigil);
    }

    [Fact]
    public void Add_FollowUpScore_IsUnderTheJoinThresholdWithoutTheRule()
    {
        // What the rule is for: the pair's own score falls in the window between the floor and the join threshold.
        var c = new StoryClusterer(new StoryClustererOptions { HeadlineNameFloor = 0 });
        c.Add(Flood("a1", Day, "valleypost.example"));
        c.Add(Vigil("a2", Day.AddDays(2), "northwire.example"));
        var vigil = c.Decisions.Last(d => d.ArticleId == "a2");
        Assert.Equal(ClusterDecisionKind.New, vigil.Kind);
        Assert.InRange(vigil.Score, On.HeadlineNameFloor, c.Options.JoinThreshold);
    }

    [Fact]
    public void Add_SameVillageFromTheSameSite_IsLeftToThePlainScore()
    {
        // One site's pages share its home town and its furniture: the name joins pages of different sites only.
        var c = new StoryClusterer(On);
        Assert.NotEqual(c.Add(Flood("a1", Day, "valleypost.example")), c.Add(Vigil("a2", Day.AddDays(2), "valleypost.example")));
    }

    [Fact]
    public void Add_SameVillageTwoWeeksLater_DoesNotJoinByTheName()
    {
        var c = new StoryClusterer(On);
        Assert.NotEqual(c.Add(Flood("a1", Day, "valleypost.example")), c.Add(Vigil("a2", Day.AddDays(14), "northwire.example")));
    }

    [Fact]
    public void Add_AnotherEventInTheSameVillage_StaysApart()
    {
        // A bakery fire in the flooded village days later shares the village, not the river, the mayor or the victims.
        var c = new StoryClusterer(On);
        var flood = c.Add(Flood("a1", Day, "valleypost.example"));
        var fire = c.Add(new ClusterInput("a2", "Fire destroys bakery in Varnholt",
            "A fire destroyed the Oberhof bakery in Varnholt overnight. Firefighters from Kessel and Dunmark fought the blaze for four hours, chief Ilse Haberkorn said. The owner, Piet Marquard, said the ovens had been serviced in January and nobody was hurt.",
            Day.AddDays(3))
        { Outlet = "northwire.example" });
        Assert.NotEqual(flood, fire);
    }

    [Fact]
    public void Add_HeadlineWordTheTextWritesInLowerCase_IsNoName()
    {
        // "Floodwaters" heads both articles but the texts write "floodwaters": a word, not a name. Without the village
        // in the second headline nothing lifts the pair.
        var c = new StoryClusterer(On);
        var flood = c.Add(Flood("a1", Day, "valleypost.example"));
        var vigil = c.Add(Vigil("a2", Day.AddDays(2), "northwire.example") with { Title = "Floodwaters leave a grieving valley" });
        Assert.NotEqual(flood, vigil);
    }

    [Fact]
    public void FromSnapshot_KeepsTheHeadlineNames()
    {
        var c = new StoryClusterer(On);
        var flood = c.Add(Flood("a1", Day, "valleypost.example"));
        var json = JsonSerializer.Serialize(c.ToSnapshot());
        var restored = StoryClusterer.FromSnapshot(JsonSerializer.Deserialize<ClustererSnapshot>(json)!, On);
        Assert.Equal(flood, restored.Add(Vigil("a2", Day.AddDays(2), "northwire.example")));
    }

    [Fact]
    public void AddBatch_FollowUpJoins_AsWithAdd()
    {
        var c = new StoryClusterer(On);
        c.AddBatch([Flood("a1", Day, "valleypost.example"), Unrelated("u1", Day), Vigil("a2", Day.AddDays(2), "northwire.example")]);
        Assert.Equal(c.StoryOf("a1")!.Id, c.StoryOf("a2")!.Id);
        Assert.NotEqual(c.StoryOf("a1")!.Id, c.StoryOf("u1")!.Id);
    }

    private static ClusterInput Flood(string id, DateTimeOffset date, string site) =>
        new(id, "Floodwaters sweep through Varnholt, dozens missing",
            "The Elsbach burst its banks above Varnholt before dawn on Tuesday and floodwaters swept through the lower village, "
            + "carrying away cars and the old mill bridge. Rescue crews searched the valley by boat for dozens of people reported missing, "
            + "among them Mara Lindqvist, a retired teacher. Mayor Tomas Brenner said the gym was sheltering 300 residents and more rain was forecast.",
            date)
        { Outlet = site };

    private static ClusterInput Vigil(string id, DateTimeOffset date, string site) =>
        new(id, "Varnholt mourns as first victims are named",
            "Hundreds gathered at the chapel of Varnholt on Thursday evening to remember Mara Lindqvist and her neighbour Aurel Petrescu. "
            + "Candles lined the road to the cemetery and a choir sang the hymn Lindqvist had taught children for thirty years. "
            + "Petrescu, a carpenter, had built the pews of the chapel, his daughter said.",
            date)
        { Outlet = site };

    private static ClusterInput Unrelated(string id, DateTimeOffset date) =>
        new(id, "Chess club opens second hall in Dunmark",
            "The Dunmark chess club opened a second hall on Tuesday, doubling its tables to forty. Club secretary Oskar Veld said "
            + "membership had grown to 260 since the autumn league began, and juniors will play on Saturday mornings.",
            date)
        { Outlet = "dunmarkdaily.example" };
}
