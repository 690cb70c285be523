using System.Collections.Concurrent;
using Triangulate.Core.Ingest;
using Triangulate.Core.Model;
using Triangulate.Core.Pipeline;
using Triangulate.Engine;

namespace Triangulate.Quality.Counts;

/// <summary>
/// Runs the real pipeline's extraction and per-article stages on each document of a split, as <c>analyze</c>
/// would on a plain-text file (the texts are scraped page text, furniture and all), once per test run.
/// </summary>
internal static class CountsRun
{
    private static readonly ConcurrentDictionary<string, Lazy<IReadOnlyList<(CountsDocument Document, Article? Article)>>> Runs = new(StringComparer.Ordinal);

    public static IReadOnlyList<(CountsDocument Document, Article? Article)> Split(string split) =>
        Runs.GetOrAdd(split, s => new(() => Annotate(CountsCorpus.Split(s)))).Value;

    private static List<(CountsDocument, Article?)> Annotate(IReadOnlyList<CountsDocument> documents)
    {
        var runner = new PipelineRunner(PipelineFactory.CreateFull());
        var articles = new Article?[documents.Count];
        Parallel.For(0, documents.Count, i =>
        {
            var d = documents[i];
            var hints = new DocumentHints { Title = d.Title, Url = d.Url, Published = d.Published };
            var raw = new RawDocument("counts/" + d.Id, d.Url, DocumentFormat.PlainText, d.Title + "\n\n" + d.Text, hints);
            articles[i] = runner.ProcessOne(i, IngestItem.Of(raw)).Article;
        });
        return [.. documents.Select((d, i) => (d, articles[i]))];
    }
}
