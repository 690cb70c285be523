using Triangulate.Core.Dossier;
using Triangulate.Core.Model;
using Triangulate.Stories.Summary;

namespace Triangulate.Stories.Tests.Summary;

/// <summary>A developing story's title follows the latest figure: "…injures 12" gives way once an update says 16.</summary>
public sealed class StoryTitleStageTests
{
    private static readonly Article[] Articles =
    [
        Headline("a", "Footbridge collapse injures 12"),
        Headline("b", "Twelve hurt as footbridge gives way"),
        Headline("c", "Motion tabled against mayor after collapse"),
        Headline("d", "Footbridge collapse injury toll rises to 16"),
        Headline("e", "Council to debate 16-page inspection report"),
    ];

    [Fact]
    public void Title_StatesAnUpdatedFigure_BecomesTheClosestHeadlineWithTheLatest()
    {
        var current = StoryTitleStage.Current("Footbridge collapse injures 12", [Track((12, null), (14, "contradiction"), (16, "update"))], Articles);

        Assert.Equal("Footbridge collapse injury toll rises to 16", current);
    }

    [Fact]
    public void Title_SpelledOutSupersededFigure_IsReplacedToo()
    {
        var current = StoryTitleStage.Current("Twelve hurt as footbridge gives way", [Track((12, null), (16, "update"))], Articles);

        Assert.Equal("Footbridge collapse injury toll rises to 16", current);
    }

    [Fact]
    public void Title_SpelledTensAboveFifty_ReadLikeTheQuantityStageReadsThem()
    {
        // The headline reader shares the quantity reader's number words (Core.Text.SpelledNumbers): before they were
        // one table, "Seventy" was no count here, so this superseded title stayed.
        Article[] articles = [Headline("a", "Seventy missing after ferry sinks"), Headline("b", "85 now missing after ferry sinks")];

        var current = StoryTitleStage.Current("Seventy missing after ferry sinks", [Track((70, null), (85, "update"))], articles);

        Assert.Equal("85 now missing after ferry sinks", current);
    }

    [Theory]
    [InlineData("contradiction")] // disputed, not superseded: the central headline stays
    [InlineData("compatible")]
    public void Title_LastStepNotAnUpdate_Kept(string step) =>
        Assert.Null(StoryTitleStage.Current("Footbridge collapse injures 12", [Track((12, null), (16, step))], Articles));

    [Fact]
    public void Title_NoHeadlineStatesTheLatest_Kept() =>
        Assert.Null(StoryTitleStage.Current("Footbridge collapse injures 12", [Track((12, null), (18, "update"))], Articles));

    [Fact]
    public void Title_StatesNoSupersededFigure_Kept() =>
        Assert.Null(StoryTitleStage.Current("Motion tabled against mayor after collapse", [Track((12, null), (16, "update"))], Articles));

    private static Article Headline(string id, string title) =>
        new(id, new ArticleSource(id), new ArticleMetadata { Title = title }, title + ". Body text.");

    private static DossierFigureTrack Track(params (double Value, string? Step)[] steps) => new()
    {
        Id = "f1",
        Counted = "injured",
        About = "people injured",
        Assessment = "updated",
        Steps = [.. steps.Select((s, i) => new DossierTrackStep { Value = s.Value, Step = s.Step, AsOf = new DateTimeOffset(2025, 10, 18 + i, 0, 0, 0, TimeSpan.Zero) })],
    };
}
