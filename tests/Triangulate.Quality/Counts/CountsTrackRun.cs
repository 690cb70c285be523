using System.Collections.Concurrent;
using Triangulate.Core.Dossier;
using Triangulate.Core.Ingest;
using Triangulate.Core.Model;
using Triangulate.Core.Pipeline;
using Triangulate.Engine;
using Triangulate.Reports.Building;

namespace Triangulate.Quality.Counts;

/// <summary>
/// Runs the whole pipeline, corpus stages included, on each incident of a split that has at least two reports
/// (furniture pages left out), one run per incident, as <c>analyze</c> would on a folder holding only those
/// reports. The stories' measurements and figure tracks are what <see cref="CountsTrackScorer"/> reads.
/// </summary>
internal static class CountsTrackRun
{
    private static readonly ConcurrentDictionary<string, Lazy<IReadOnlyList<IncidentRun>>> Runs = new(StringComparer.Ordinal);

    public static IReadOnlyList<IncidentRun> Split(string split) =>
        Runs.GetOrAdd(split, s => new(() => RunAll(CountsCorpus.Split(s)))).Value;

    private static List<IncidentRun> RunAll(IReadOnlyList<CountsDocument> documents)
    {
        var incidents = documents.Where(d => !d.Furniture).GroupBy(d => d.Incident, StringComparer.Ordinal)
            .Where(g => g.Count() >= 2).Select(g => g.ToList()).ToList();
        var runs = new IncidentRun[incidents.Count];

        // A runner per thread: the corpus stages are run once per incident, never shared between runs.
        using var runner = new ThreadLocal<PipelineRunner>(() => new PipelineRunner(PipelineFactory.CreateFull()));
        Parallel.For(0, incidents.Count, i => runs[i] = RunOne(runner.Value!, incidents[i]));
        return [.. runs];
    }

    private static IncidentRun RunOne(PipelineRunner runner, List<CountsDocument> reports)
    {
        var results = reports.Select((d, i) =>
        {
            var hints = new DocumentHints { Title = d.Title, Url = d.Url, Published = d.Published };
            var raw = new RawDocument("counts/" + d.Id, d.Url, DocumentFormat.PlainText, d.Title + "\n\n" + d.Text, hints);
            return runner.ProcessOne(i, IngestItem.Of(raw));
        }).ToList();
        var articles = results.Where(r => r.Article is not null).Select(r => r.Article!).ToList();
        var context = new CorpusContext(PublicationOrder.UndatedLast(articles));
        runner.RunCorpus(context);
        var dossier = new DossierBuilder().Build(results, context);
        return new IncidentRun(reports[0].Incident, reports[0].Killed, reports[0].Injured, dossier.Stories ?? []);
    }
}

/// <summary>One incident's run: its final GVA counts and the stories the pipeline made of its reports.</summary>
internal sealed record IncidentRun(string Incident, int Killed, int Injured, IReadOnlyList<DossierStory> Stories);
