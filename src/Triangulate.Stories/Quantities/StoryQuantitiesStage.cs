using Triangulate.Core.Annotations;
using Triangulate.Core.Dossier;
using Triangulate.Core.Model;
using Triangulate.Core.Pipeline;

namespace Triangulate.Stories.Quantities;

/// <summary>
/// Lists a story's measurements, one per figure an article states (docs/figures.md), in as-of order, and follows each
/// counted thing and scope through them as a figure track (<see cref="FigureTrackBuilder"/>).
/// </summary>
public sealed class StoryQuantitiesStage() : StorySectionStage(
    "story-quantities", "2.0", reads: [Layers.Quantities.Name], produces: [CorpusKeys.StoryQuantities.Name, CorpusKeys.FigureTracks.Name])
{
    private readonly FigureTrackBuilder _tracks = new();

    protected override void Fill(DossierStory story, IReadOnlyList<Article> articles, CorpusContext context)
    {
        var statements = new List<FigureStatement>();
        for (var order = 0; order < articles.Count; order++)
        {
            var article = articles[order];
            foreach (var q in article.Annotations.Get(Layers.Quantities))
            {
                statements.Add(new FigureStatement(article, q, q.AsOf ?? article.Metadata.Published, order));
            }
        }

        // As-of order; undated figures last, then the story's article order and the place in the text.
        statements.Sort(static (a, b) =>
        {
            var byTime = (a.AsOf ?? DateTimeOffset.MaxValue).CompareTo(b.AsOf ?? DateTimeOffset.MaxValue);
            return byTime != 0 ? byTime : a.Order != b.Order ? a.Order.CompareTo(b.Order) : a.Quantity.Span.Start.CompareTo(b.Quantity.Span.Start);
        });
        story.Quantities = [.. statements.Select(Measurement)];
        story.FigureTracks = _tracks.Build(statements);
    }

    private static DossierQuantity Measurement(FigureStatement s) => new()
    {
        Value = s.Quantity.Value,
        Unit = s.Quantity.Unit,
        About = s.Quantity.About,
        Evidence = [Evidence.Of(s.Article, s.Quantity.Span)],
        Counted = s.Quantity.Counted,
        Bound = s.Quantity.Bound,
        ValueMax = s.Quantity.ValueMax,
        Scope = s.Quantity.Scope,
        Source = s.Quantity.Source,
        AsOf = s.AsOf,
        ArticleId = s.Article.Id,
        Implied = s.Quantity.Implicit,
    };
}
