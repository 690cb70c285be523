using Triangulate.Core.Annotations;
using Triangulate.Core.Dossier;
using Triangulate.Core.Model;
using Triangulate.Core.Pipeline;
using Triangulate.Stories.Quantities;

namespace Triangulate.Stories.Tests.Quantities;

/// <summary>How steps of a figure track are told apart (docs/figures.md). Sentences are our own.</summary>
public sealed class FigureTrackRulesTests
{
    private static readonly DateTimeOffset Day = new(2025, 10, 18, 12, 0, 0, TimeSpan.Zero);

    private static Article Article(string id, string text, params QuantityAnnotation[] quantities)
    {
        var article = new Article(id, new ArticleSource(id + ".txt"), new ArticleMetadata { Published = Day }, text);
        article.Annotations.Set(Layers.Quantities, quantities);
        return article;
    }

    private static QuantityAnnotation Figure(string text, string words, double value, string counted, string? unit = null, string? qualifier = null, string? scope = null, string? source = null) =>
        new(new TextSpan(text.IndexOf(words, StringComparison.Ordinal), words.Length), value, unit, qualifier, null)
        {
            Counted = counted,
            Scope = scope,
            Source = source,
        };

    private static List<DossierFigureTrack> Tracks(params Article[] articles)
    {
        var context = new CorpusContext(articles) { Stories = [new DossierStory { Id = "s1", ArticleIds = [.. articles.Select(a => a.Id)] }] };
        new StoryQuantitiesStage().Process(context, CancellationToken.None);
        return context.Stories![0].FigureTracks!;
    }

    private static Article Dated(string id, string text, DateTimeOffset published, params QuantityAnnotation[] quantities)
    {
        var article = new Article(id, new ArticleSource(id + ".txt"), new ArticleMetadata { Published = published }, text);
        article.Annotations.Set(Layers.Quantities, quantities);
        return article;
    }

    /// <summary>A measure is revised by a little, never tenfold: a later fall of 2,000 feet after one of 200 feet is
    /// another climber's fall, not an update.</summary>
    [Fact]
    public void Build_LaterMeasureFarApart_IsAnotherTrackNotAnUpdate()
    {
        const string a = "A climber fell 200 feet last week.";
        const string b = "Another climber fell 2,000 feet on Saturday.";
        var tracks = Tracks(
            Dated("a-1", a, Day, Figure(a, "200", 200, CountedKeys.Distance, "feet", scope: "fall")),
            Dated("a-2", b, Day.AddDays(2), Figure(b, "2,000", 2000, CountedKeys.Distance, "feet", scope: "fall")));

        Assert.Equal(2, tracks.Count);
        Assert.All(tracks, t => Assert.Equal("consistent", t.Assessment));
    }

    /// <summary>A part of an unstated whole ("three of those killed") is no step of the toll: the toll track holds the
    /// five alone, and two outlets' parts (3 and 2) are no conflict.</summary>
    [Fact]
    public void Build_PartsOfAnUnstatedWhole_AreNotTracked()
    {
        const string a = "Five people were killed at the terminal.";
        const string b = "Three of those killed were on vacation.";
        const string c = "Two of those killed were Canadians.";
        var tracks = Tracks(
            Article("a-1", a, Figure(a, "Five", 5, CountedKeys.Deaths)),
            Article("a-2", b, Figure(b, "Three", 3, CountedKeys.Deaths, scope: CountedKeys.PartScope)),
            Article("a-3", c, Figure(c, "Two", 2, CountedKeys.Deaths, scope: CountedKeys.PartScope)));

        var track = Assert.Single(tracks);
        Assert.Equal(5, Assert.Single(track.Steps).Value);
        Assert.Equal("consistent", track.Assessment);
    }

    /// <summary>A toll may rise tenfold as reports come in: a later count far above the first is still an update.</summary>
    [Fact]
    public void Build_LaterTollFarAbove_IsAnUpdate()
    {
        const string a = "At least 10 people were killed.";
        const string b = "The toll rose to 200.";
        var track = Assert.Single(Tracks(
            Dated("a-1", a, Day, Figure(a, "10", 10, CountedKeys.Deaths, qualifier: "atLeast")),
            Dated("a-2", b, Day.AddDays(2), Figure(b, "200", 200, CountedKeys.Deaths))));

        Assert.Equal("update", track.Assessment);
    }

    [Fact]
    public void Build_TwoValuesOneArticleOneVoice_TwoTracksNotAContradiction()
    {
        const string a = "Sailors held 11 pirates; 18 crew were on board another ship.";
        var tracks = Tracks(
            Article("a-1", a, Figure(a, "11", 11, CountedKeys.Aboard), Figure(a, "18", 18, CountedKeys.Aboard)));

        Assert.Equal(2, tracks.Count);
        Assert.All(tracks, t => Assert.Equal("consistent", t.Assessment));
    }

    /// <summary>A scope that names one group ("her children") leaves no room for two groups: one article giving it two
    /// values contradicts itself, and the track holds both with the other reports.</summary>
    [Fact]
    public void Build_TwoValuesOfANamedGroupInOneArticle_AContradiction()
    {
        const string a = "A mother of 12 was shot. The mother of 13 had been at the park.";
        const string b = "The victim was a mother of 12.";
        var track = Assert.Single(Tracks(
            Article("a-1", a, Figure(a, "12", 12, CountedKeys.People, scope: "children"), Figure(a, "13", 13, CountedKeys.People, scope: "children")),
            Article("a-2", b, Figure(b, "12", 12, CountedKeys.People, scope: "children"))));

        Assert.Equal([12.0, 13.0], track.Steps.Select(s => s.Value));
        Assert.Equal([null, "contradiction"], track.Steps.Select(s => s.Step));
    }

    [Fact]
    public void Build_TwoSourcesInOneArticle_StillAContradiction()
    {
        const string a = "The center said 5.9; the survey said 6.1.";
        var track = Assert.Single(Tracks(Article("a-1", a,
            Figure(a, "5.9", 5.9, CountedKeys.Magnitude, source: "the center"),
            Figure(a, "6.1", 6.1, CountedKeys.Magnitude, source: "the survey"))));

        Assert.Equal("contradiction", track.Assessment);
    }

    [Fact]
    public void Build_OneDistanceInKilometresAndMiles_Compatible()
    {
        const string a = "It struck about 58 km south-west of the port.";
        const string b = "It struck 35 miles south-west of the port.";
        var track = Assert.Single(Tracks(
            Article("a-1", a, Figure(a, "58", 58, CountedKeys.Distance, "km", "about", "from Port")),
            Article("a-2", b, Figure(b, "35", 35, CountedKeys.Distance, "miles", scope: "from Port"))));

        Assert.Equal("consistent", track.Assessment);
        Assert.Equal([null, "compatible"], track.Steps.Select(s => s.Step));
    }

    /// <summary>A definite re-mention ("the five victims were taken to the hospital" after "shot five people") is often an
    /// article's only word on its injured count: leaving it out of tracks lost 22 of 300 `counts` dev incident reports
    /// (docs/figures.md, "Incident tolls"), so it is a step like any other figure.</summary>
    [Fact]
    public void Build_DefiniteReMentionOfAnEarlierCount_IsAStep()
    {
        const string a = "A gunman shot five people at a party. The five victims were taken to the hospital.";
        const string b = "Five people were injured in the party shooting.";
        var tracks = Tracks(
            Article("a-1", a, Figure(a, "five people", 5, CountedKeys.Casualties), Figure(a, "five victims", 5, CountedKeys.Injured)),
            Article("a-2", b, Figure(b, "Five people", 5, CountedKeys.Injured)));

        var injured = Assert.Single(tracks, t => t.Counted == CountedKeys.Injured);
        Assert.Equal(["a-1", "a-2"], injured.Steps.SelectMany(s => s.ArticleIds).Distinct().Order());
    }

    /// <summary>A percentage with the subject of its change is still no track: "a consumer price index rose 0.4 pct"
    /// (month on month) and "2.5 pct" (year on year) are different measures of one subject, and read as a track they
    /// made false conflicts on newsdocs.</summary>
    [Fact]
    public void Build_PercentOfASubject_NoTrack()
    {
        const string a = "The consumer price index rose 0.4 percent in February.";
        const string b = "The consumer price index rose 2.5 percent.";
        var tracks = Tracks(
            Article("a-1", a, Figure(a, "0.4", 0.4, CountedKeys.Percent, "percent", scope: "consumer price index")),
            Article("a-2", b, Figure(b, "2.5", 2.5, CountedKeys.Percent, "percent", scope: "consumer price index")));

        Assert.Empty(tracks);
    }

    [Fact]
    public void Build_DistanceWithoutAPlace_NoTrack()
    {
        const string a = "The boat was 10 metres long.";
        Assert.Empty(Tracks(Article("a-1", a, Figure(a, "10", 10, CountedKeys.Distance, "metres"))));
    }

    [Theory]
    [InlineData(6, "at least", 7, null, "contradiction")]
    [InlineData(20, "about", 21, null, "compatible")]
    [InlineData(2, null, 5, null, "contradiction")]
    public void Build_SmallCounts_CalledByTheirValues(double first, string? firstQualifier, double second, string? secondQualifier, string call)
    {
        const string a = "People were killed.";
        var track = Assert.Single(Tracks(
            Article("a-1", a, Figure(a, "People", first, CountedKeys.Deaths, qualifier: firstQualifier)),
            Article("a-2", a, Figure(a, "People", second, CountedKeys.Deaths, qualifier: secondQualifier))));

        Assert.Equal(call, track.Steps[1].Step);
    }

    [Fact]
    public void Build_AboutAMagnitude_AllowsOnlyItsTenth()
    {
        const string a = "A quake struck.";
        var track = Assert.Single(Tracks(
            Article("a-1", a, Figure(a, "quake", 6.0, CountedKeys.Magnitude, qualifier: "about")),
            Article("a-2", a, Figure(a, "quake", 5.9, CountedKeys.Magnitude))));

        Assert.Equal("contradiction", track.Steps[1].Step);
    }

    [Fact]
    public void Build_CountsOfDifferentPeople_NotAContradiction()
    {
        const string a = "Sixteen crew members were on board.";
        const string b = "Eleven pirates were on board.";
        var tracks = Tracks(
            Article("a-1", a, Figure(a, "Sixteen", 16, CountedKeys.Aboard, "member")),
            Article("a-2", b, Figure(b, "Eleven", 11, CountedKeys.Aboard, "pirate")));

        Assert.Equal(2, tracks.Count);
        Assert.All(tracks, t => Assert.Equal("consistent", t.Assessment));
    }

    [Fact]
    public void Build_GenericAndNamedPeople_StillCompared()
    {
        const string a = "Sixteen people were on board.";
        const string b = "Eleven passengers were on board.";
        var track = Assert.Single(Tracks(
            Article("a-1", a, Figure(a, "Sixteen", 16, CountedKeys.Aboard, "people")),
            Article("a-2", b, Figure(b, "Eleven", 11, CountedKeys.Aboard, "passenger"))));

        Assert.Equal("contradiction", track.Assessment);
    }
}
