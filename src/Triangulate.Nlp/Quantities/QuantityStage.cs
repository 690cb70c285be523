using Triangulate.Core.Annotations;
using Triangulate.Core.Model;
using Triangulate.Core.Pipeline;

namespace Triangulate.Nlp.Quantities;

/// <summary>
/// Extracts the measurements of each article (<see cref="Layers.Quantities"/>, docs/figures.md). Layers that earlier
/// stages made are used when present and not required: dates (skipped as numbers; a figure's as-of day), entities
/// (named victims), quotes and sentences (who gave a figure).
/// </summary>
public sealed class QuantityStage : IArticleStage, ILanguageScoped
{
    private readonly QuantityExtractor _extractor = new();

    public string Name => "quantities";

    public string Version => "2.3";

    public IReadOnlyList<string> Languages => StageLanguages.English;

    public IReadOnlyList<string> Requires { get; } = [Layers.Text];

    public IReadOnlyList<string> Produces { get; } = [Layers.Quantities.Name];

    public void Process(Article article, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(article);
        cancellationToken.ThrowIfCancellationRequested();
        var dates = article.Annotations.Has(Layers.Dates) ? article.Annotations.Get(Layers.Dates) : null;
        var persons = new List<TextSpan>();
        foreach (var entity in article.Annotations.Get(Layers.Entities))
        {
            if (entity.Type == EntityTypes.Person)
            {
                persons.Add(entity.Span);
            }
        }

        var measurements = _extractor.Extract(article, dates, persons);
        // Sub-groups after attribution: a larger count of an earlier event (scoped there) must not make a part of this one.
        article.Annotations.Set(Layers.Quantities, SubGroupScope.Apply(article.Text, MeasurementAttributor.Attribute(article, measurements)));
    }
}
