using Triangulate.Core.Living;
using Triangulate.Core.Model;
using Triangulate.Core.Pipeline;

namespace Triangulate.Engine.Living;

/// <summary>
/// The living story engine: the single writer of a store's story state. Per-article stages run in parallel
/// beforehand (<see cref="PipelineRunner"/>); each batch of annotated articles then goes through
/// <see cref="ApplyAsync"/>, which skips stored ids, assigns lineages and stories through bounded in-memory
/// windows, and commits articles, annotations, membership, story rows and events in one transaction. Touched
/// stories' sections are recomputed afterwards from stored annotations (<see cref="RecomputeAsync"/>); readers
/// always see the last commit. Memory is rebuilt from the store on first use and whenever another process
/// committed in between. Thread-safe: concurrent callers take turns.
/// </summary>
public sealed partial class StoryEngine
{
    private readonly SemaphoreSlim _writer = new(1, 1);
    private readonly LivingContext _context;
    private readonly Rehydrator _rehydrator;
    private readonly LineageAssigner _lineage;
    private readonly StoryAssigner _stories;
    private readonly SectionRecomputer _sections;
    private WriterState? _state;

    public StoryEngine(IStoryStore store, Pipeline pipeline, LivingOptions? options = null, TimeProvider? clock = null)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(pipeline);
        Store = store;
        _context = new LivingContext(pipeline, options ?? new LivingOptions(), clock ?? TimeProvider.System);
        _rehydrator = new Rehydrator(_context);
        _lineage = new LineageAssigner(_context);
        _stories = new StoryAssigner(_context);
        _sections = new SectionRecomputer(_context, new SectionBuilder(_context, _rehydrator));
    }

    public IStoryStore Store { get; }

    /// <summary>Where the writer's time went so far.</summary>
    public EngineTimings Timings { get; } = new();

    public PipelineVersions Versions => _context.Versions;

    public LivingOptions Options => _context.Options;

    public PipelineRunner Runner => _context.Runner;

    /// <summary>False when the pipeline has no story stage: articles and annotations are stored, nothing above them.</summary>
    public bool HasStories => _context.HasStories;

    /// <summary>Sets the stored annotations on <paramref name="article"/> (read from the store), or annotates it now
    /// when none are stored or they are of another pipeline version. Returns true when the stored ones were used.</summary>
    public async Task<bool> AnnotateFromStoreAsync(Article article, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(article);
        if (await Store.GetAnnotationsAsync(article.Id, cancellationToken).ConfigureAwait(false) is { } record && record.Version == Versions.Annotations)
        {
            _context.Codec.Decode(record.Data, article);
            return true;
        }

        _context.Annotator.Annotate(article, cancellationToken);
        return false;
    }

    /// <summary>Raised by <see cref="IngestAsync"/> after each batch with what it did and how long it took (the commit and the
    /// due section work), for progress and measurements.</summary>
    public event Action<BatchOutcome, TimeSpan>? BatchApplied;

    /// <summary>Raised after a commit that wrote story events (on the writer's thread; handlers must be quick).</summary>
    public event Action<IReadOnlyList<StoryEventRecord>>? Committed;

    /// <summary>
    /// Stores a batch of annotated articles and updates lineages and stories in one transaction. Articles already
    /// stored (or repeated in the batch) are counted and skipped. A failure rolls the transaction back and
    /// drops the in-memory state, which the next call rebuilds from the store.
    /// </summary>
    public async Task<BatchOutcome> ApplyAsync(IReadOnlyList<Article> articles, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(articles);
        return await ChangeAsync(session => ApplyInSessionAsync(session, articles, cancellationToken), cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Recomputes the sections of pending stories: the due ones (bounded work), or every pending one when
    /// <paramref name="all"/> (the end of an ingest run), in transactions of at most <paramref name="perCommit"/> stories.</summary>
    public async Task<RecomputeResult> RecomputeAsync(bool all, int perCommit = 50, CancellationToken cancellationToken = default)
    {
        var recomputed = 0;
        var events = new List<StoryEventRecord>();
        while (true)
        {
            var step = await InSessionAsync(async session =>
            {
                var state = await CurrentStateAsync(session, cancellationToken).ConfigureAwait(false);
                var started = System.Diagnostics.Stopwatch.GetTimestamp();
                var result = await _sections.RecomputeAsync(session, state.Knowledge, all, perCommit, cancellationToken).ConfigureAwait(false);
                Timings.Add("sections", started);
                Timings.CountSections(result.Recomputed, result.Articles);
                return result;
            }, cancellationToken).ConfigureAwait(false);

            recomputed += step.Recomputed;
            events.AddRange(step.Events);
            Notify(step.Events);
            // With all, each step reads one page of pending stories, so only an empty step says none is left.
            if (!all || step.Recomputed == 0)
            {
                return new RecomputeResult(recomputed, step.StillPending, events);
            }
        }
    }

    /// <summary>Gives stories with no article for <see cref="LivingOptions.QuietAfter"/> (before the newest
    /// publication date stored) their "went quiet" event.</summary>
    public Task<int> MarkQuietAsync(CancellationToken cancellationToken = default) => InSessionAsync(async session =>
    {
        var counters = EngineCounters.FromBytes(await session.GetStateAsync(EngineCounters.Key, cancellationToken).ConfigureAwait(false));
        if (counters.NewestPublished is not { } newest)
        {
            return 0;
        }

        var quiet = await session.QuietCandidatesAsync(newest - Options.QuietAfter, 500, cancellationToken).ConfigureAwait(false);
        if (quiet.Count == 0)
        {
            return 0;
        }

        var commit = new StoryCommit { At = _context.Clock.GetUtcNow() };
        commit.Quiet.AddRange(quiet);
        var days = (int)Options.QuietAfter.TotalDays;
        commit.Events.AddRange(quiet.Select(id => new StoryEventRecord(0, id, StoryEventKinds.WentQuiet, commit.At,
            $"went quiet: no new article for {days} days of coverage", $"{{\"newestStored\":\"{newest:O}\"}}")));
        await session.CommitAsync(commit, cancellationToken).ConfigureAwait(false);
        Notify(commit.Events);
        return quiet.Count;
    }, cancellationToken);

    /// <summary>Runs <paramref name="work"/> in one write session, holding this engine's writer lock (concurrent
    /// callers take turns; the store's own lock keeps other processes out).</summary>
    private async Task<T> InSessionAsync<T>(Func<IStoryWriteSession, Task<T>> work, CancellationToken cancellationToken)
    {
        await _writer.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            var session = await Store.BeginWriteAsync(cancellationToken).ConfigureAwait(false);
            await using (session.ConfigureAwait(false))
            {
                return await work(session).ConfigureAwait(false);
            }
        }
        finally
        {
            _writer.Release();
        }
    }

    /// <summary>As <see cref="InSessionAsync{T}"/>, for work that changes the in-memory state: when it fails, its
    /// transaction rolls back, so the state is dropped too and the next call rebuilds it from the store.</summary>
    private Task<T> ChangeAsync<T>(Func<IStoryWriteSession, Task<T>> work, CancellationToken cancellationToken) => InSessionAsync(async session =>
    {
        try
        {
            return await work(session).ConfigureAwait(false);
        }
        catch
        {
            _state = null;
            throw;
        }
    }, cancellationToken);

    private void Notify(IReadOnlyList<StoryEventRecord> events)
    {
        if (events.Count > 0)
        {
            Committed?.Invoke(events);
        }
    }
}
