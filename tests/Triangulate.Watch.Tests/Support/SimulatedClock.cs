namespace Triangulate.Watch.Tests.Support;

/// <summary>
/// A clock that jumps: every timer created on it (Task.Delay, the watcher's per-host waits, its poll ticks) fires
/// at once, after moving the clock forward to the timer's due time. Hours of polling run in seconds, time never
/// goes backwards, and nothing can happen earlier than the code asked for, so the politeness checks (gaps between
/// requests, Retry-After) measure what the watcher really did. Network timeouts stay on real time.
/// </summary>
public sealed class SimulatedClock(DateTimeOffset start) : TimeProvider
{
    private long _ticks = start.UtcTicks;

    public override DateTimeOffset GetUtcNow() => new(Interlocked.Read(ref _ticks), TimeSpan.Zero);

    /// <summary>Moves the clock to <paramref name="time"/> unless it is already later.</summary>
    public void AdvanceTo(DateTimeOffset time)
    {
        var target = time.UtcTicks;
        var current = Interlocked.Read(ref _ticks);
        while (target > current)
        {
            var seen = Interlocked.CompareExchange(ref _ticks, target, current);
            if (seen == current)
            {
                return;
            }

            current = seen;
        }
    }

    public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period) =>
        new JumpTimer(this, callback, state, dueTime);

    private sealed class JumpTimer : ITimer
    {
        private readonly SimulatedClock _clock;
        private readonly TimerCallback _callback;
        private readonly object? _state;
        private int _version;

        public JumpTimer(SimulatedClock clock, TimerCallback callback, object? state, TimeSpan dueTime)
        {
            _clock = clock;
            _callback = callback;
            _state = state;
            Change(dueTime, Timeout.InfiniteTimeSpan);
        }

        public bool Change(TimeSpan dueTime, TimeSpan period)
        {
            var version = Interlocked.Increment(ref _version);
            if (dueTime == Timeout.InfiniteTimeSpan)
            {
                return true;
            }

            var due = _clock.GetUtcNow() + dueTime;
            _ = Task.Run(async () =>
            {
                await Task.Yield();
                if (Volatile.Read(ref _version) == version)
                {
                    _clock.AdvanceTo(due);
                    _callback(_state);
                }
            });
            return true;
        }

        public void Dispose() => Interlocked.Increment(ref _version);

        public ValueTask DisposeAsync()
        {
            Dispose();
            return ValueTask.CompletedTask;
        }
    }
}
