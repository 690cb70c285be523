using Triangulate.Core.Living;
using Triangulate.Engine.Living;

namespace Triangulate.Server.Stories;

/// <summary>
/// Wakes change-feed readers when the engine commits story events. Events are always read from the store (so a
/// commit by another process, a CLI ingest on the same store, is seen by polling), and this signal only cuts the
/// wait when the commit happened in this process.
/// </summary>
public sealed class ChangeFeed : IDisposable
{
    private readonly StoryEngine _engine;
    private TaskCompletionSource _signal = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public ChangeFeed(StoryEngine engine)
    {
        _engine = engine;
        _engine.Committed += OnCommitted;
    }

    /// <summary>Completes at the next commit of events in this process, or after <paramref name="timeout"/>.</summary>
    public Task WaitAsync(TimeSpan timeout, CancellationToken ct) =>
        Volatile.Read(ref _signal).Task.WaitAsync(timeout, ct).ContinueWith(static _ => { }, CancellationToken.None, TaskContinuationOptions.ExecuteSynchronously, TaskScheduler.Default);

    public void Dispose() => _engine.Committed -= OnCommitted;

    private void OnCommitted(IReadOnlyList<StoryEventRecord> events) =>
        Interlocked.Exchange(ref _signal, new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously)).TrySetResult();
}
