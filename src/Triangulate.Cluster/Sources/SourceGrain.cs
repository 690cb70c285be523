using Microsoft.Extensions.Logging;
using Orleans.Runtime;
using Triangulate.Core.Storage;

namespace Triangulate.Cluster.Sources;

/// <summary>
/// Polls one source with the watcher's own code (<c>Watcher.PollSourceAsync</c>: conditional GET, listing or page,
/// politeness, back-off) on each tick of a reminder, and sends new pages to the ingest log instead of storing them.
/// The reminder lives in PostgreSQL, so after a silo dies Orleans re-activates the grain on a live silo at the next
/// tick; the health record and validators live in the store's watch tables, so nothing is lost with the activation.
/// All sources of one host run on one silo (<see cref="HostAffinityPlacementAttribute"/>), whose polite fetcher then
/// paces that host for the whole cluster.
/// </summary>
[HostAffinityPlacement]
public sealed partial class SourceGrain(SourceWatching watching, ILocalSiloDetails silo, IClusterMembershipService membership, ILogger<SourceGrain> logger)
    : Grain, ISourceGrain, IRemindable
{
    private const string PollReminder = "poll";
    private SourceStatus? _status;
    private long _appended;

    public async Task<SourceStatus> WatchAsync()
    {
        await this.RegisterOrUpdateReminder(PollReminder, watching.Interval, watching.Interval).ConfigureAwait(true);
        return await PollAsync().ConfigureAwait(true);
    }

    public async Task<bool> UnwatchAsync()
    {
        // Reminder first: once it is gone no tick can poll (and so re-register) the source after its row is deleted.
        // Grain calls take turns, so no poll of this grain runs in between.
        var reminder = await this.GetReminder(PollReminder).ConfigureAwait(true);
        if (reminder is not null)
        {
            await this.UnregisterReminder(reminder).ConfigureAwait(true);
        }

        var removed = await watching.RemoveAsync(this.GetPrimaryKeyString()).ConfigureAwait(true);
        _status = null;
        _appended = 0;
        this.DeactivateOnIdle();
        Unwatched(logger, this.GetPrimaryKeyString(), reminder is not null, removed);
        return reminder is not null || removed;
    }

    public async Task<SourceStatus> StatusAsync() =>
        _status ??= ToStatus(await watching.FindAsync(this.GetPrimaryKeyString()).ConfigureAwait(true));

    public async Task ReceiveReminder(string reminderName, TickStatus status)
    {
        // A tick sent just before 'unwatch' unregistered the reminder can still arrive (queued behind the unwatch call,
        // or forwarded to a new activation); polling then would put the source back into the watch tables.
        if (reminderName != PollReminder || await this.GetReminder(PollReminder).ConfigureAwait(true) is null)
        {
            return;
        }

        // Poll first, then move: a tick is never lost to a move (at worst one poll runs beside the host's other silo).
        await PollAsync().ConfigureAwait(true);
        MoveIfAnotherSiloOwnsTheHost();
    }

    /// <summary>After silos joined or left, the host may belong to another silo now (<see cref="HostAffinity"/>); this
    /// activation then migrates once idle: Orleans asks the placement director for the target and updates the grain
    /// directory, so callers with a cached address are forwarded instead of re-creating the grain where it was.</summary>
    private void MoveIfAnotherSiloOwnsTheHost()
    {
        var active = membership.CurrentSnapshot.Members.Values.Where(m => m.Status == SiloStatus.Active).Select(m => m.SiloAddress).ToList();
        if (active.Count > 0 && !HostAffinity.Choose(this.GetPrimaryKeyString(), active).Equals(silo.SiloAddress))
        {
            Moving(logger, this.GetPrimaryKeyString());
            this.MigrateOnIdle();
        }
    }

    private async Task<SourceStatus> PollAsync()
    {
        var url = this.GetPrimaryKeyString();
        try
        {
            var (report, source) = await watching.PollAsync(url, CancellationToken.None).ConfigureAwait(true);
            _appended += report.NewArticles;
            Polled(logger, url, report.NewArticles, source.Health.ConsecutiveFailures);
            return _status = ToStatus(source);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            // The store or the log is unreachable: keep the grain alive; the next tick tries again.
            PollFailed(logger, url, ex.Message);
            return _status = (_status ?? ToStatus(null)) with { LastError = ex.Message, LastErrorAt = DateTimeOffset.UtcNow };
        }
    }

    private SourceStatus ToStatus(WatchedSource? source) => new()
    {
        Url = this.GetPrimaryKeyString(),
        Silo = silo.SiloAddress.ToString(),
        Kind = source?.Kind,
        LastPolledAt = source?.Health.LastPolledAt,
        LastSuccessAt = source?.Health.LastSuccessAt,
        LastErrorAt = source?.Health.LastErrorAt,
        LastError = source?.Health.LastError,
        ConsecutiveFailures = source?.Health.ConsecutiveFailures ?? 0,
        Fetches = source?.Health.Fetches ?? 0,
        ItemsSeen = source?.Health.ItemsSeen ?? 0,
        Appended = _appended,
    };

    [LoggerMessage(Level = LogLevel.Information, Message = "source {Url}: {New} new documents appended to the log, {Failures} failures in a row")]
    private static partial void Polled(ILogger logger, string url, int @new, int failures);

    [LoggerMessage(Level = LogLevel.Information, Message = "source {Url}: no longer watched (reminder removed: {Reminder}, watch-table row removed: {Row})")]
    private static partial void Unwatched(ILogger logger, string url, bool reminder, bool row);

    [LoggerMessage(Level = LogLevel.Information, Message = "source {Url}: its host belongs to another silo now; migrating there")]
    private static partial void Moving(ILogger logger, string url);

    [LoggerMessage(Level = LogLevel.Warning, Message = "source {Url}: poll failed: {Error}")]
    private static partial void PollFailed(ILogger logger, string url, string error);
}
