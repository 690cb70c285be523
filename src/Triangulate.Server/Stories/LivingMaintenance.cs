using System.Diagnostics;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Triangulate.Engine.Living;
using Triangulate.Server.Logging;

namespace Triangulate.Server.Stories;

/// <summary>
/// Finishes the engine's pending work when ingest pauses: once no ingest has run (or been running) for
/// <see cref="Idle"/>, every story waiting for a section recompute is recomputed, recent articles settle, and quiet
/// stories get their event. During a steady ingest the engine's own per-batch budget keeps sections at most a minute
/// stale. Under a steady stream of requests with short pauses the maintenance would otherwise run after nearly every
/// one and hold the writer for most of the time (a settle re-weighs 2,000 articles): it waits while an ingest is in
/// flight, and after a run that took T it waits <see cref="Backoff"/> × T before the next, so its share of the
/// writer's time stays bounded.
/// </summary>
public sealed class LivingMaintenance(StoryEngine engine, ServerMetrics metrics, ILogger<LivingMaintenance> logger) : BackgroundService
{
    public static readonly TimeSpan Idle = TimeSpan.FromSeconds(2);

    /// <summary>After a maintenance run of T, the next waits at least this many times T (at most 1/(1+Backoff) of the time).</summary>
    public const int Backoff = 4;

    private readonly SemaphoreSlim _wake = new(0);
    private long _lastIngest = Environment.TickCount64;
    private long _notBefore = Environment.TickCount64;
    private int _pending;
    private int _inFlight;

    /// <summary>Called when an ingest starts; dispose the result when it ends (whatever it added).</summary>
    public IDisposable Ingesting()
    {
        Interlocked.Increment(ref _inFlight);
        return new InFlight(this);
    }

    /// <summary>Called after each ingest: work is pending, and the idle clock restarts.</summary>
    public void Ingested()
    {
        Interlocked.Exchange(ref _lastIngest, Environment.TickCount64);
        if (Interlocked.Exchange(ref _pending, 1) == 0)
        {
            _wake.Release();
        }
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            await _wake.WaitAsync(stoppingToken).ConfigureAwait(false);
            while (Volatile.Read(ref _inFlight) > 0 || Environment.TickCount64 - Interlocked.Read(ref _lastIngest) < Idle.TotalMilliseconds
                || Environment.TickCount64 < Interlocked.Read(ref _notBefore))
            {
                await Task.Delay(Idle, stoppingToken).ConfigureAwait(false);
            }

            Interlocked.Exchange(ref _pending, 0);
            var clock = Stopwatch.StartNew();
            try
            {
                await engine.SettleAsync(stoppingToken).ConfigureAwait(false);
                var done = await engine.RecomputeAsync(all: true, cancellationToken: stoppingToken).ConfigureAwait(false);
                await engine.MarkQuietAsync(stoppingToken).ConfigureAwait(false);
                Interlocked.Exchange(ref _notBefore, Environment.TickCount64 + (Backoff * clock.ElapsedMilliseconds));
                metrics.StoryBuild(ok: true, clock.Elapsed);
                ServerLog.StoriesRecomputed(logger, done.Recomputed, done.StillPending, clock.ElapsedMilliseconds);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                // Logged and counted, never swallowed: the stories keep their last committed sections meanwhile.
                metrics.StoryBuild(ok: false, clock.Elapsed);
                ServerLog.StoryRecomputeFailed(logger, ex, clock.ElapsedMilliseconds);
            }
        }
    }

    private void Ended()
    {
        Interlocked.Exchange(ref _lastIngest, Environment.TickCount64);
        Interlocked.Decrement(ref _inFlight);
    }

    public override void Dispose()
    {
        _wake.Dispose();
        base.Dispose();
    }

    private sealed class InFlight(LivingMaintenance owner) : IDisposable
    {
        private int _done;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref _done, 1) == 0)
            {
                owner.Ended();
            }
        }
    }
}
