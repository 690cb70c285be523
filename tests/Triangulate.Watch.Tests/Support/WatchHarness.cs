using Triangulate.Core.Pipeline;
using Triangulate.Core.Storage;
using Triangulate.Engine;
using Triangulate.Ingest.Web;
using Triangulate.Storage.Sqlite;

namespace Triangulate.Watch.Tests.Support;

/// <summary>A watcher over a fresh SQLite store, fetching through the real SSRF-safe, polite fetcher, on a given clock.</summary>
public sealed class WatchHarness : IAsyncDisposable
{
    /// <summary>One full pipeline for every test: building it loads the NER model.</summary>
    private static readonly Lazy<PipelineRunner> Runner = new(() => new PipelineRunner(PipelineFactory.CreateFull()));

    private readonly TempFolder _folder = new();

    private WatchHarness(TimeProvider clock) => Clock = clock;

    public TimeProvider Clock { get; }

    public string DbPath => _folder.File("watch.db");

    public SqliteArticleStore Articles { get; private set; } = null!;

    public SqliteWatchStore State { get; private set; } = null!;

    public PoliteFetcher Fetcher { get; private set; } = null!;

    public Watcher Watcher { get; private set; } = null!;

    public RecordingObserver Observer { get; } = new();

    public static async Task<WatchHarness> CreateAsync(TimeProvider clock, WatchOptions? options = null, UrlFetchOptions? fetch = null, PolitenessOptions? politeness = null, Microsoft.Extensions.Logging.ILogger? logger = null)
    {
        var harness = new WatchHarness(clock);
        harness.Articles = await SqliteArticleStore.OpenAsync(harness.DbPath, new SqliteStoreOptions { TimeProvider = clock });
        harness.State = await SqliteWatchStore.OpenAsync(harness.DbPath);
        harness.Fetcher = new PoliteFetcher(new SafeFetcher(fetch ?? LoopbackFetch()), politeness ?? new PolitenessOptions(), clock);
        harness.Watcher = new Watcher(harness.Fetcher, harness.Articles, harness.State, Runner.Value, options ?? new WatchOptions(), clock, [harness.Observer], logger);
        return harness;
    }

    /// <summary>127.0.0.1 named as allowed (as --allow-host 127.0.0.1 would); every other private address stays refused.</summary>
    public static UrlFetchOptions LoopbackFetch(TimeSpan? timeout = null) => new()
    {
        AllowedHosts = new HashSet<string>(["127.0.0.1"], StringComparer.OrdinalIgnoreCase),
        Timeout = timeout ?? TimeSpan.FromSeconds(5),
        MaxBytes = 4L * 1024 * 1024,
    };

    public async Task AddSourcesAsync(params string[] urls)
    {
        foreach (var url in urls)
        {
            await Watcher.AddSourceAsync(url, CancellationToken.None);
        }
    }

    public async ValueTask DisposeAsync()
    {
        Fetcher.Dispose();
        await State.DisposeAsync();
        await Articles.DisposeAsync();
        _folder.Dispose();
    }
}
