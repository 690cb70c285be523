using System.Text.Json.Nodes;
using Triangulate.Core.Dossier;
using Triangulate.Core.Ingest;
using Triangulate.Core.Living;
using Triangulate.Core.Pipeline;
using Triangulate.Core.Storage;
using Triangulate.Engine.Living;
using Triangulate.Ingest;
using Triangulate.Reports.Building;
using Triangulate.Reports.Json;
using Triangulate.Storage.Sqlite;
using Triangulate.TestKit;

namespace Triangulate.Engine.Tests.Living;

/// <summary>Stores on temporary files, the full pipeline, streaming and batch runs, and dossier comparison for the living-engine tests.</summary>
public sealed class LivingHarness : IAsyncDisposable
{
    private static readonly Lazy<Pipeline> SharedPipeline = new(() => PipelineFactory.CreateFull());
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "tri-living-" + Guid.NewGuid().ToString("N")[..12]);
    private readonly List<IArticleStore> _stores = [];

    public LivingHarness() => Directory.CreateDirectory(_folder);

    public static Pipeline Pipeline => SharedPipeline.Value;

    public static string Demo => Path.Combine(SharedData.RepoRoot, "samples", "demo");

    public string PathOf(string name) => Path.Combine(_folder, name);

    public async Task<SqliteArticleStore> OpenAsync(string name = "store.db")
    {
        var store = await SqliteArticleStore.OpenAsync(PathOf(name));
        _stores.Add(store);
        return store;
    }

    public static StoryEngine Engine(IArticleStore store, LivingOptions? options = null) => new((IStoryStore)store, Pipeline, options);

    public static IAsyncEnumerable<IngestItem> Read(params string[] inputs) => new InputReader(new IngestOptions()).ReadAsync(inputs, CancellationToken.None);

    /// <summary>The demo's input files (and records), in the order given, each a separate ingest.</summary>
    public static IEnumerable<string> DemoFiles() => Directory.EnumerateFiles(Demo).Order(StringComparer.Ordinal);

    /// <summary>Streams the demo one article at a time in publication order (unknown dates last), a new engine each time.</summary>
    public static async Task StreamDemoInPublicationOrderAsync(IArticleStore store)
    {
        var batch = await BatchAsync(Demo);
        var published = batch.Articles.ToDictionary(a => a.Input, a => a.Published);
        var items = new List<IngestItem>();
        await foreach (var item in Read(Demo))
        {
            items.Add(item);
        }

        foreach (var item in items.OrderBy(i => i.Document is { } d && published.TryGetValue(d.Input, out var p) && p is not null ? p.Value.UtcDateTime : DateTime.MaxValue))
        {
            await Engine(store).IngestAsync(One(item), new NoProgress());
        }
    }

    public static async IAsyncEnumerable<IngestItem> One(IngestItem item)
    {
        await Task.Yield();
        yield return item;
    }

    /// <summary>The dossier of every stored story.</summary>
    public static async Task<DossierDocument> ExportAllAsync(IArticleStore store)
    {
        var stories = (IStoryStore)store;
        var ids = (await stories.ListStoriesAsync(new StoryListQuery { Limit = int.MaxValue })).Items.Select(s => s.Id).ToList();
        return await new StoryExporter(store, stories).ExportAsync(ids, []);
    }

    /// <summary>The batch reference: every corpus stage over all articles at once (the path analyze took before the living store).</summary>
    public static async Task<DossierDocument> BatchAsync(params string[] inputs)
    {
        var result = await new Analyzer(new PipelineRunner(Pipeline), null).RunAsync(Read(inputs), new NoProgress(), runCorpus: true, CancellationToken.None);
        return new DossierBuilder().Build(result.Articles, [], result.Corpus);
    }

    /// <summary>
    /// A dossier's stories as comparable JSON: keyed by their sorted article ids, with story and lineage ids replaced
    /// by their members (ids differ by design between the batch stage and the living store), articles included.
    /// </summary>
    public static SortedDictionary<string, string> Comparable(DossierDocument dossier, bool ignoreTitles = false)
    {
        var node = JsonNode.Parse(DossierJsonWriter.ToJson(dossier))!;
        var lineages = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var story in node["stories"]!.AsArray())
        {
            foreach (var lineage in story!["lineages"]?.AsArray() ?? [])
            {
                lineages[(string)lineage!["id"]!] = "L[" + string.Join(",", lineage["articleIds"]!.AsArray().Select(a => (string)a!).Order(StringComparer.Ordinal)) + "]";
            }
        }

        var result = new SortedDictionary<string, string>(StringComparer.Ordinal);
        foreach (var story in node["stories"]!.AsArray())
        {
            story!.AsObject().Remove("id");
            if (ignoreTitles)
            {
                story.AsObject().Remove("title");
            }

            Replace(story, lineages);
            result[string.Join(",", story["articleIds"]!.AsArray().Select(a => (string)a!).Order(StringComparer.Ordinal))] = story.ToJsonString();
        }

        foreach (var article in node["articles"]!.AsArray())
        {
            Replace(article!, lineages);
            result["article " + (string)article!["id"]!] = article.ToJsonString();
        }

        return result;
    }

    private static void Replace(JsonNode node, Dictionary<string, string> ids)
    {
        switch (node)
        {
            case JsonObject o:
                foreach (var key in o.Select(kv => kv.Key).ToList())
                {
                    if (o[key] is JsonValue v && v.TryGetValue<string>(out var s) && ids.TryGetValue(s, out var by))
                    {
                        o[key] = by;
                    }
                    else if (o[key] is { } child)
                    {
                        Replace(child, ids);
                    }
                }

                break;
            case JsonArray a:
                foreach (var child in a.OfType<JsonNode>())
                {
                    Replace(child, ids);
                }

                break;
        }
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var store in _stores)
        {
            await store.DisposeAsync();
        }

        try
        {
            Directory.Delete(_folder, recursive: true);
        }
        catch (IOException)
        {
            // A store a test still holds open: the folder is in the temporary directory anyway.
        }
    }

    public sealed class NoProgress : IProgressSink
    {
        public void Advance(int articles, long inputUnits)
        {
        }
    }
}
