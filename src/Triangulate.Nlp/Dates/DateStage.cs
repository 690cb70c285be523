using Triangulate.Core.Annotations;
using Triangulate.Core.Model;
using Triangulate.Core.Pipeline;
using Triangulate.Core.Text;

namespace Triangulate.Nlp.Dates;

/// <summary>
/// Tags the temporal expressions of each article (<see cref="Layers.Dates"/>), resolved against the
/// article's own publication date; an article without one gets null values for relative expressions. Reads the
/// article's tokens and sentences layers, never the raw text alone.
/// </summary>
public sealed class DateStage : IArticleStage, ILanguageScoped
{
    private readonly TemporalTagger _tagger = new();

    public string Name => "dates";

    public string Version => "1.3";

    public IReadOnlyList<string> Languages => StageLanguages.English;

    public IReadOnlyList<string> Requires { get; } = [Layers.Tokens.Name, Layers.Sentences.Name];

    public IReadOnlyList<string> Produces { get; } = [Layers.Dates.Name];

    public void Process(Article article, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(article);
        cancellationToken.ThrowIfCancellationRequested();
        // A document with no publication date may still carry its day in its URL ("/2010/09/10/"): relative dates
        // are read against that day rather than left unresolved.
        DateOnly? reference = article.Metadata.Published is { } p ? DateOnly.FromDateTime(p.DateTime) : UrlDates.Find(article.Source.Url);

        // Midnight exactly is what a date-only source ("2025-10-19") turns into: no known time of day.
        TimeOnly? clock = article.Metadata.Published is { } q && q.TimeOfDay != TimeSpan.Zero ? TimeOnly.FromTimeSpan(q.TimeOfDay) : null;
        article.Annotations.Set(Layers.Dates, _tagger.Tag(article, reference, referenceClock: clock));
    }
}
