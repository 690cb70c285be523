using System.Text.Json;
using Triangulate.Core.Ingest;
using Triangulate.Core.Model;
using Triangulate.Core.Pipeline;
using Triangulate.Engine;
using Triangulate.Reports.Building;
using Triangulate.Reports.Json;

namespace Triangulate.Quality.RealStories;

/// <summary>
/// Runs today's full pipeline (<see cref="PipelineFactory.CreateFull"/>: extraction, every per-article stage,
/// every corpus stage, clustering included) on one labelled story's articles as one run, and returns the
/// dossier as JSON. Scoring the JSON rather than the C# model lets the scorer read fields that stages add
/// later (counted, scope, figureTracks, relays) and treat them as absent until they exist.
/// </summary>
internal static class RealStoryRun
{
    private static readonly Lazy<PipelineRunner> Runner = new(() => new PipelineRunner(PipelineFactory.CreateFull()));

    public static Prediction Run(GoldStory story)
    {
        var runner = Runner.Value;
        var results = story.Articles
            .Select((id, i) => runner.ProcessOne(i, IngestItem.Of(StoryArticles.Document(id))))
            .ToList();
        var articles = results.Where(r => r.Article is not null).Select(r => r.Article!).ToList();
        var context = new CorpusContext(PublicationOrder.UndatedLast(articles));
        runner.RunCorpus(context);
        var dossier = new DossierBuilder().Build(results, context);
        var failures = dossier.Diagnostics.Where(d => d.Level == "error").Select(d => $"{d.Input}: {d.Message}").ToList();
        using var json = JsonDocument.Parse(DossierJsonWriter.ToJson(dossier));
        return Prediction.Read(json.RootElement, failures, StoryArticles.Text);
    }
}
