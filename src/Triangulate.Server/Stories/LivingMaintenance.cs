using System.Diagnostics;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Triangulate.Engine.Living;
using Triangulate.Server.Logging;

namespace Triangulate.Server.Stories;

/// <summary>
/// Finishes the engine's pending work when ingest pauses: once no ingest has run for <see cref="Idle"/>, every story
/// waiting for a section recompute is recomputed, recent articles settle, and quiet stories get their event.
/// During a steady ingest the engine's own per-batch budget keeps sections at most a minute stale.
/// </summary>
public sealed class LivingMaintenance(StoryEngine engine, ServerMetrics metrics, ILogger<LivingMaintenance> logger) : BackgroundService
{
    public static readonly TimeSpan Idle = TimeSpan.FromSeconds(2);

    private readonly SemaphoreSlim _wake = new(0);
    private long _lastIngest = Environment.TickCount64;
    private int _pending;

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
            while (Environment.TickCount64 - Interlocked.Read(ref _lastIngest) < Idle.TotalMilliseconds)
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

    public override void Dispose()
    {
        _wake.Dispose();
        base.Dispose();
    }
}
