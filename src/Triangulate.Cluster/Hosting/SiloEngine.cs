using Triangulate.Cluster.Grains;
using Triangulate.Core.Ingest;
using Triangulate.Core.Pipeline;
using Triangulate.Engine;
using Triangulate.Engine.Living;
using Triangulate.Storage.Postgres;

namespace Triangulate.Cluster.Hosting;

/// <summary>
/// What one silo holds of the living engine: the pipeline (for the stage workers), and the store and
/// <see cref="StoryEngine"/> that the story writer grain uses when it is activated here. The store is opened on
/// first use, so a silo that never hosts the writer only ever runs per-article stages.
/// </summary>
public sealed class SiloEngine : IAsyncDisposable
{
    private readonly ClusterSettings _settings;
    private readonly SemaphoreSlim _open = new(1, 1);
    private PostgresArticleStore? _store;
    private StoryEngine? _engine;

    public SiloEngine(ClusterSettings settings)
    {
        _settings = settings;
        Pipeline = PipelineFactory.CreateFull(new PipelineOptions { Parallelism = settings.Parallelism });
        Packer = new ArticlePacker(Pipeline);
        Runner = new PipelineRunner(Pipeline);
    }

    public Pipeline Pipeline { get; }
    public ArticlePacker Packer { get; }
    public PipelineRunner Runner { get; }

    public Task<PipelineRunner> RunnerAsync() => Task.FromResult(Runner);

    /// <summary>The story engine if this silo has hosted the writer (for its timings); null otherwise.</summary>
    public StoryEngine? StartedEngine => _engine;

    /// <summary>
    /// Runs every per-article stage once on a short built-in text, so that the first batch this silo is handed
    /// does not also pay for compiling the stage code (a few CPU-seconds with the CLI's full-optimisation JIT;
    /// docs/scale-out.md measured it as most of an extra silo's cost). The warm-up's time is then forgotten, so
    /// the stage timings count real articles only. Returns the number of stages that ran.
    /// </summary>
    public int WarmUp()
    {
        var runner = new PipelineRunner(Pipeline);
        var result = runner.ProcessOne(0, IngestItem.Of(WarmUpDocument));
        if (result.Article is { } article)
        {
            _ = Packer.Pack(article);
        }

        return runner.Timings.Snapshot().Count;
    }

    private static readonly RawDocument WarmUpDocument = new("warm-up", "warm-up", DocumentFormat.PlainText,
        "Rescuers said on Monday that 12 people were killed and 40 injured when a bridge collapsed in the city. " +
        "\"We are still searching,\" the mayor, Anna Weber, told reporters, adding that 3 workers were missing.",
        new DocumentHints { Title = "Bridge collapse kills 12", Published = new DateTimeOffset(2024, 3, 4, 9, 0, 0, TimeSpan.Zero) });

    /// <summary>The story engine over the cluster's store, opened (and the schema created) on first use.</summary>
    public async Task<StoryEngine> EngineAsync(CancellationToken cancellationToken = default)
    {
        if (_engine is { } ready)
        {
            return ready;
        }

        var store = await StoreAsync(cancellationToken).ConfigureAwait(false);
        await _open.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            return _engine ??= new StoryEngine(store, Pipeline);
        }
        finally
        {
            _open.Release();
        }
    }

    /// <summary>The cluster's store, opened (and the schema created) on first use.</summary>
    public async Task<PostgresArticleStore> StoreAsync(CancellationToken cancellationToken = default)
    {
        if (_store is { } ready)
        {
            return ready;
        }

        await _open.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            return _store ??= await PostgresArticleStore.OpenAsync(_settings.Postgres, new PostgresStoreOptions { Schema = _settings.Schema }, cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            _open.Release();
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (_store is not null)
        {
            await _store.DisposeAsync().ConfigureAwait(false);
        }

        _open.Dispose();
    }
}
