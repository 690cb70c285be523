using Triangulate.Core.Annotations;
using Triangulate.Core.Model;
using Triangulate.Core.Pipeline;

namespace Triangulate.Nlp.Quantities;

/// <summary>
/// Extracts the quantities of each article (<see cref="Layers.Quantities"/>). When the dates layer is
/// already there it is reused to skip dates; otherwise the extractor finds them itself.
/// </summary>
public sealed class QuantityStage : IArticleStage
{
    private readonly QuantityExtractor _extractor = new();

    public string Name => "quantities";

    public string Version => "1.0";

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

        article.Annotations.Set(Layers.Quantities, _extractor.Extract(article.Text, dates, persons));
    }
}
