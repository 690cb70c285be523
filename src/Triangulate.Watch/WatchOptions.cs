namespace Triangulate.Watch;

/// <summary>How often and how much the watcher fetches. Politeness per host is <see cref="Ingest.Web.PolitenessOptions"/>.</summary>
public sealed class WatchOptions
{
    /// <summary>How often each source is polled (after a good poll; failures back off from here).</summary>
    public TimeSpan Interval { get; init; } = TimeSpan.FromMinutes(5);

    /// <summary>How often a long-running watcher looks for due work.</summary>
    public TimeSpan Tick { get; init; } = TimeSpan.FromMinutes(1);

    /// <summary>Most article fetches per host in one cycle (<c>--max-per-host</c>); the rest wait for the next cycle, and the
    /// source that listed them is asked again in full (its validators are not saved) so none is lost.</summary>
    public int MaxPerHost { get; init; } = 200;

    /// <summary>Hosts worked on at once (each host still gets one request at a time).</summary>
    public int Parallelism { get; init; } = 16;

    /// <summary>When, after first being seen, an article page is fetched again to catch quiet edits (conditional GET).</summary>
    public IReadOnlyList<TimeSpan> RecheckAfter { get; init; } =
        [TimeSpan.FromMinutes(15), TimeSpan.FromHours(1), TimeSpan.FromHours(3), TimeSpan.FromHours(6), TimeSpan.FromHours(12), TimeSpan.FromHours(24), TimeSpan.FromHours(48)];

    /// <summary>Listing entries dated (published or updated) longer ago than this are not news and are skipped.</summary>
    public TimeSpan MaxEntryAge { get; init; } = TimeSpan.FromDays(7);

    /// <summary>Longest pause for a failing source (the interval doubles per failure, with jitter, up to this).</summary>
    public TimeSpan MaxSourceBackoff { get; init; } = TimeSpan.FromHours(6);

    /// <summary>Most sources and due page checks taken in one cycle.</summary>
    public int MaxPerCycle { get; init; } = 100_000;
}
