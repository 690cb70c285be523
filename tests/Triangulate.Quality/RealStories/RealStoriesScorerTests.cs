using System.Text.Json;

namespace Triangulate.Quality.RealStories;

/// <summary>The scorer's own checks, on hand-made dossiers: offsets map back, tracks match as documented, and a
/// wrong prediction scores lower than a right one.</summary>
public sealed class RealStoriesScorerTests
{
    private const string Raw = "Quake toll\nA quake killed 4 people on Sunday.\nThe toll rose to 12 on Monday, with 30 injured.\nBy Tuesday 15 were dead.";

    /// <summary>The title line the dossier's text lacks.</summary>
    private const int Dropped = 11;

    private static int At(string s) => Raw.IndexOf(s, StringComparison.Ordinal);

    [Fact]
    public void OffsetMap_DroppedTitleLineAndSqueezedSpaces_MapsBack()
    {
        var cleaned = "A quake killed 4  people on Sunday.\nThe toll rose to 12 on Monday, with 30 injured.";
        var map = new OffsetMap(cleaned, Raw);
        Assert.Equal((Raw.IndexOf("12", StringComparison.Ordinal), 2), map.Map(cleaned.IndexOf("12", StringComparison.Ordinal), 2));
        Assert.Equal(Raw.IndexOf("people", StringComparison.Ordinal), map.Map(cleaned.IndexOf("people", StringComparison.Ordinal), 6)!.Value.Start);
    }

    [Theory]
    [InlineData("2013-07-02", "2013-07-02", "day", true)]
    [InlineData("2013-07-03", "2013-07-02", "day", false)]
    [InlineData("2012-04-09", "XXXX-04-09", "day", true)]
    [InlineData("2013-04", "XXXX-04-09", "day", false)]
    [InlineData("2013-06-15", "2013-06", "month", true)]
    [InlineData("2014", "2013", "year", false)]
    public void DateAgrees_ComparesThePartsTheGoldGives(string predicted, string gold, string precision, bool agrees) =>
        Assert.Equal(agrees, TimelineScorer.DateAgrees(predicted, gold, precision));

    [Theory]
    [InlineData("people killed", null, "deaths")]
    [InlineData("people injured", "people", "injured")]
    [InlineData("year-old", null, "age")]
    [InlineData(null, "USD", "money")]
    [InlineData("refugees", null, "displaced")]
    [InlineData("aftershocks", null, "other")]
    public void CountedLexicon_ReadsTodaysAbout(string? about, string? unit, string key) =>
        Assert.Equal(key, CountedLexicon.Read(about, unit));

    [Fact]
    public void Score_PairHoldingPartOfATrack_IsPreciseButDoesNotHoldTheTrack()
    {
        var gold = Gold();
        var pair = Score(gold, Dossier(Conflict("people killed", ("4", At(" 4 ") + 1 - Dropped, 1), ("12", At("12") - Dropped, 2), "update")));
        Assert.Equal((1, 1, 0, 1), (pair.TrackPredicted, pair.TrackPredictedRight, pair.TrackGoldHeld, pair.TrackGold));
        Assert.Equal((2, 1, 1), (pair.StepGold, pair.StepFound, pair.StepRight));
    }

    [Fact]
    public void Score_WrongCountedThingOrWrongCall_IsWrong()
    {
        var gold = Gold();
        var injured = Score(gold, Dossier(Conflict("people injured", ("4", At(" 4 ") + 1 - Dropped, 1), ("12", At("12") - Dropped, 2), "update")));
        Assert.Equal(0, injured.TrackPredictedRight);
        var mixed = Score(gold, Dossier(Conflict("people killed", ("12", At("12") - Dropped, 2), ("30", At("30") - Dropped, 2), "contradiction")));
        Assert.Equal(0, mixed.TrackPredictedRight);
        var call = Score(gold, Dossier(Conflict("people killed", ("4", At(" 4 ") + 1 - Dropped, 1), ("12", At("12") - Dropped, 2), "contradiction")));
        Assert.Equal((1, 0), (call.StepFound, call.StepRight));
    }

    [Fact]
    public void Score_FigureTrackWithEveryRequiredSide_HoldsTheTrack()
    {
        var gold = Gold();
        var track = $$"""
            "quantities": [
              { "value": 4, "unit": "people", "about": "killed", "counted": "deaths", "evidence": [ { "articleId": "a1", "start": {{At(" 4 ") + 1 - Dropped}}, "length": 1, "text": "4" } ] },
              { "value": 12, "unit": "people", "about": "toll", "counted": "deaths", "evidence": [ { "articleId": "a1", "start": {{At("12") - Dropped}}, "length": 2, "text": "12" } ] },
              { "value": 15, "unit": "people", "about": "dead", "counted": "deaths", "evidence": [ { "articleId": "a1", "start": {{At("15") - Dropped}}, "length": 2, "text": "15" } ] } ],
            "figureTracks": [ { "counted": "deaths", "scope": null, "steps": [
              { "measurementIndexes": [0], "value": 4, "articleIds": ["a1"], "step": null },
              { "measurementIndexes": [1], "value": 12, "articleIds": ["a1"], "step": "update" },
              { "measurementIndexes": [2], "value": 15, "articleIds": ["a1"], "step": "update" } ] } ]
            """;
        var score = Score(gold, Dossier(track));
        Assert.Equal((1, 1, 2), (score.TrackPredictedRight, score.TrackGoldHeld, score.StepRight));
        Assert.Equal((4, 3, 3), (score.CountedGold, score.CountedFound, score.CountedRight));
    }

    [Fact]
    public void Score_TimelineEntryForAnotherDateInTheSentence_IsNotTheEvent()
    {
        var sentence = At("A quake");
        var gold = Gold() with { Events = [new GoldEvent("quake", new GoldSpan("d1", At("on Sunday"), 9), null, "on Sunday", "2013-07-07", "day", null)] };
        string Entry(string date, string expression) =>
            $$"""{ "date": "{{date}}", "precision": "day", "event": "quake", "expression": "{{expression}}", "evidence": [ { "articleId": "a1", "start": {{sentence - Dropped}}, "length": 34 } ] }""";
        var other = Score(gold, Dossier($$""" "timeline": [ {{Entry("2011-01-01", "in 2011")}} ] """));
        Assert.Equal((1, 0), (other.EventGold, other.EventFound));
        var both = Score(gold, Dossier($$""" "timeline": [ {{Entry("2011-01-01", "in 2011")}}, {{Entry("2013-07-07", "Sunday")}} ] """));
        Assert.Equal((1, 1), (both.EventFound, both.EventRight));
    }

    private static GoldStory Gold()
    {
        return new GoldStory("s", "test", "synthetic", ["d1"],
            [new GoldMeasurement("m1", new GoldSpan("d1", At(" 4 ") + 1, 1), 4, "exact", "deaths", null, false),
             new GoldMeasurement("m2", new GoldSpan("d1", At("12"), 2), 12, "exact", "deaths", null, false),
             new GoldMeasurement("m3", new GoldSpan("d1", At("30"), 2), 30, "exact", "injured", null, false),
             new GoldMeasurement("m4", new GoldSpan("d1", At("15"), 2), 15, "exact", "deaths", null, false)],
            [new GoldTrack("t", "deaths", null, [new GoldStep(["m1"], null), new GoldStep(["m2"], "update"), new GoldStep(["m4"], "update")], true)],
            [], [], []);
    }

    private static RealStoryScore Score(GoldStory gold, string dossier)
    {
        using var json = JsonDocument.Parse(dossier);
        var score = new RealStoryScore();
        RealStoryScorer.Score(gold, Prediction.Read(json.RootElement, [], _ => Raw), score);
        return score;
    }

    private static string Conflict(string about, (string Value, int Start, int Length) a, (string Value, int Start, int Length) b, string assessment) =>
        $$"""
        "conflicts": [ { "kind": "numeric", "about": "{{about}}", "assessment": "{{assessment}}", "sides": [
          { "value": "{{a.Value}}", "articleIds": ["a1"], "evidence": [ { "articleId": "a1", "start": {{a.Start}}, "length": {{a.Length}}, "text": "{{a.Value}}" } ] },
          { "value": "{{b.Value}}", "articleIds": ["a1"], "evidence": [ { "articleId": "a1", "start": {{b.Start}}, "length": {{b.Length}}, "text": "{{b.Value}}" } ] } ] } ]
        """;

    /// <summary>A dossier whose one article is the raw text without its title line (11 characters).</summary>
    private static string Dossier(string storyBody) =>
        $$"""
        { "articles": [ { "id": "a1", "input": "d1", "text": {{JsonSerializer.Serialize(Raw[Dropped..])}} } ],
          "stories": [ { "id": "S1", "articleIds": ["a1"], {{storyBody}} } ] }
        """;
}
