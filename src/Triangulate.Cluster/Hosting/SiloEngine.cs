using Triangulate.Cluster.Grains;
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
