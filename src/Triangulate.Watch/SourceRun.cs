using Triangulate.Core.Storage;
using Triangulate.Ingest.Web;

namespace Triangulate.Watch;

/// <summary>
/// One source's poll in one cycle: the answer's validators and kind, the article jobs it listed, and whether every
/// job was settled. Only a fully settled poll saves the new validators, so after a crash, a deferral or a failed
/// article fetch, the next poll asks for the whole listing again and nothing it listed is lost.
/// </summary>
internal sealed class SourceRun(WatchedSource source)
{
    private int _unsettled;

    public WatchedSource Source { get; set; } = source;

    public List<PageJob> Jobs { get; } = [];

    public FetchResponse? Response { get; set; }

    public string? Kind { get; set; }

    public string? Error { get; set; }

    public DateTimeOffset? RetryAt { get; set; }

    public int NewItems { get; set; }

    /// <summary>Not polled: its host asked for a pause until <see cref="RetryAt"/>.</summary>
    public bool Deferred { get; set; }

    /// <summary>A job this poll listed could not be settled this cycle (fetch failed, deferred).</summary>
    public void Unsettled() => Interlocked.Increment(ref _unsettled);

    public bool Settled => Volatile.Read(ref _unsettled) == 0;
}
