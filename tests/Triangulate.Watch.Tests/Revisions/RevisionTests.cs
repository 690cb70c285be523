using Triangulate.Core.Annotations;
using Triangulate.Core.Model;
using Triangulate.Core.Pipeline;
using Triangulate.Engine;
using Triangulate.Watch.Revisions;

namespace Triangulate.Watch.Tests.Revisions;

/// <summary>The sentence diff and what each change touches, on the real per-article stages.</summary>
public sealed class RevisionTests
{
    private static readonly Lazy<ArticleAnnotator> Annotator = new(() => new ArticleAnnotator(PipelineFactory.CreateFull()));

    private static Article Make(string title, string text)
    {
        var article = new Article(ArticleId.Compute("Velmora Post", "https://news.example/a", text), new ArticleSource("https://news.example/a", "https://news.example/a"),
            new ArticleMetadata { Outlet = "Velmora Post", Title = title }, text);
        Annotator.Value.Annotate(article, CancellationToken.None);
        return article;
    }

    private const string Before = "A crane failed at berth 4 on Monday, the port authority said. Officials said 12 people were injured. "
        + "\u201CWe are inspecting every crane,\u201D harbour master Ilse Marov said. Shipping lines expect delays.";

    [Fact]
    public void Compare_SameText_NoChanges()
    {
        var a = Make("Crane fails", Before);
        Assert.Empty(SentenceDiff.Compare(a, Make("Crane fails", Before)));
    }

    [Fact]
    public void Compare_ChangedAddedRemovedAndHeadline()
    {
        var after = Before.Replace("12 people", "14 people", StringComparison.Ordinal).Replace(" Shipping lines expect delays.", "", StringComparison.Ordinal)
            + " An inquiry was opened on Tuesday.";
        var a = Make("Crane fails", Before);
        var b = Make("Crane fails, 14 hurt", after);

        var changes = SentenceDiff.Compare(a, b);

        Assert.Equal(["title", "changed", "changed"], changes.Select(c => c.Op));
        Assert.Equal("Officials said 12 people were injured.", changes[1].Before!.Text);
        Assert.Equal("Officials said 14 people were injured.", changes[1].After!.Text);
        Assert.Equal(a.Id, changes[1].Before!.ArticleId);
        Assert.Equal(b.Text.Substring(changes[1].After!.Start, changes[1].After!.Length), changes[1].After!.Text);
    }

    [Fact]
    public void Compare_WithoutLayers_SplitsSentencesAsTheSentenceStageDoes()
    {
        // Read back from a store, an article has no layers: its sentences come from the one splitter, not from lines.
        static Article Bare(string text) => new(ArticleId.Compute("Velmora Post", "https://news.example/a", text),
            new ArticleSource("https://news.example/a"), new ArticleMetadata { Outlet = "Velmora Post", Title = "Crane fails" }, text);
        var a = Bare(Before);
        var b = Bare(Before.Replace("12 people", "14 people", StringComparison.Ordinal));

        var change = Assert.Single(SentenceDiff.Compare(a, b));

        Assert.Equal("changed", change.Op);
        Assert.Equal("Officials said 12 people were injured.", change.Before!.Text);
        Assert.Equal([.. Make("Crane fails", Before).Annotations.Get(Layers.Sentences).Select(s => s.Span)], SentenceDiff.SentencesOf(a));
    }

    [Fact]
    public void Classify_FigureChange_PairsValuesWithEvidence()
    {
        var a = Make("Crane fails", Before);
        var b = Make("Crane fails", Before.Replace("12 people", "14 people", StringComparison.Ordinal));

        var (changes, figures) = RevisionClassifier.Classify(a, b, SentenceDiff.Compare(a, b));

        Assert.Equal(["figure"], Assert.Single(changes).Aspects);
        var figure = Assert.Single(figures);
        Assert.Equal((12.0, 14.0), (figure.Before, figure.After));
        Assert.Contains("12", figure.BeforeEvidence.Text, StringComparison.Ordinal);
        Assert.Contains("14", figure.AfterEvidence.Text, StringComparison.Ordinal);
        Assert.Equal(b.Id, figure.AfterEvidence.ArticleId);
    }

    [Fact]
    public void Classify_QuoteCreditedToSomeoneElse_QuoteAndAttribution()
    {
        var a = Make("Crane fails", Before);
        var b = Make("Crane fails", Before.Replace("harbour master Ilse Marov said", "mayor Tomas Brell said", StringComparison.Ordinal));

        var (changes, figures) = RevisionClassifier.Classify(a, b, SentenceDiff.Compare(a, b));

        var change = Assert.Single(changes);
        Assert.Contains("quote", change.Aspects);
        Assert.Contains("attribution", change.Aspects);
        Assert.Empty(figures);
    }

    [Fact]
    public void Classify_PlainRewording_NoAspects()
    {
        var a = Make("Crane fails", Before);
        var b = Make("Crane fails", Before.Replace("Shipping lines expect delays.", "Shipping companies expect delays.", StringComparison.Ordinal));

        var (changes, _) = RevisionClassifier.Classify(a, b, SentenceDiff.Compare(a, b));

        Assert.Empty(Assert.Single(changes).Aspects);
    }
}
