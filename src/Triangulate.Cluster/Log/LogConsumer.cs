using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using NATS.Client.JetStream;
using Triangulate.Cluster.Grains;
using Triangulate.Cluster.Hosting;

namespace Triangulate.Cluster.Log;

/// <summary>
/// Each silo's reader of the ingest log: fetches a batch from the shared durable consumer, has the local stage
/// workers annotate it, hands the articles to the story writer, and acknowledges the messages only after the
/// writer committed them. A failure (the writer's silo died, the store is down) leaves the batch
/// unacknowledged: JetStream delivers it again, here or on another silo, and the store skips what it already has.
/// When the log runs dry after this silo wrote something, it asks the writer to flush (settle and recompute
/// pending sections), as a single-process ingest does at its end.
/// </summary>
public sealed partial class LogConsumer(ClusterSettings settings, IGrainFactory grains, SiloCounters counters, ILogger<LogConsumer> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await using var log = await IngestLog.OpenAsync(settings.NatsUrl, settings.Stream, settings.AckWait, stoppingToken).ConfigureAwait(false);
                var consumer = await log.ConsumerAsync(cancellationToken: stoppingToken).ConfigureAwait(false);
                await ConsumeAsync(consumer, stoppingToken).ConfigureAwait(false);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception ex)
            {
                // NATS down or the consumer gone: try again shortly; nothing was acknowledged that was not stored.
                LogRetry(logger, ex.Message);
                await Task.Delay(TimeSpan.FromSeconds(2), stoppingToken).ConfigureAwait(false);
            }
        }
    }

    private async Task ConsumeAsync(INatsJSConsumer consumer, CancellationToken ct)
    {
        var writer = grains.GetGrain<IStoryWriterGrain>(settings.Schema);
        var wroteSinceFlush = false;
        while (!ct.IsCancellationRequested)
        {
            var messages = await FetchAsync(consumer).ConfigureAwait(false);
            if (ct.IsCancellationRequested)
            {
                // Stopping (a rolling restart): hand what was just taken straight back instead of leaving it to
                // the ack wait, so another silo takes it now.
                await NakAsync(messages, TimeSpan.Zero).ConfigureAwait(false);
                return;
            }

            if (messages.Count == 0)
            {
                // Flush only when the whole log is drained (no message waiting or in work on any silo), as a
                // single-process run flushes at its end: settling between other silos' batches changed stories
                // under them and left the store inconsistent once (an empty story) in the kill test.
                if (wroteSinceFlush && await DrainedAsync(consumer, ct).ConfigureAwait(false))
                {
                    wroteSinceFlush = !await FlushAsync(writer).ConfigureAwait(false);
                }

                continue;
            }

            wroteSinceFlush |= await ApplyAsync(writer, messages, ct).ConfigureAwait(false);
        }
    }

    /// <summary>One fetch, bounded by its 2 s expiry rather than by the stop token: a fetch cancelled half-way
    /// would strand the messages it already received until their ack wait ran out.</summary>
    private async Task<List<INatsJSMsg<byte[]>>> FetchAsync(INatsJSConsumer consumer)
    {
        var messages = new List<INatsJSMsg<byte[]>>(settings.Batch);
        await foreach (var message in consumer.FetchAsync<byte[]>(new NatsJSFetchOpts { MaxMsgs = settings.Batch, Expires = TimeSpan.FromSeconds(2) }).ConfigureAwait(false))
        {
            messages.Add(message);
        }

        return messages;
    }

    /// <summary>Asks the writer to flush; false when the call failed (the writer's silo died half-way: the flush's
    /// transaction rolled back, a settle merge with it), so the next empty fetch asks again. Nothing in the log
    /// would bring a flush back, unlike a batch.</summary>
    private async Task<bool> FlushAsync(IStoryWriterGrain writer)
    {
        try
        {
            await writer.FlushAsync().ConfigureAwait(false);
            return true;
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            LogFlushFailed(logger, ex.Message);
            return false;
        }
    }

    private static async Task<bool> DrainedAsync(INatsJSConsumer consumer, CancellationToken ct)
    {
        await consumer.RefreshAsync(ct).ConfigureAwait(false);
        return consumer.Info.NumPending == 0 && consumer.Info.NumAckPending == 0;
    }

    /// <summary>Stages and writes one fetched batch; true when it added articles. The messages are acknowledged
    /// only after the writer committed them (the store's transaction is the unit that survives a crash); while the
    /// batch is in work they are kept alive with progress acks, so a slow batch is not redelivered to another
    /// silo. Acks and NAKs ignore the stop token: a stopping silo still settles what it took.</summary>
    private async Task<bool> ApplyAsync(IStoryWriterGrain writer, List<INatsJSMsg<byte[]>> messages, CancellationToken ct)
    {
        using var working = new CancellationTokenSource();
        var keepAlive = KeepAliveAsync(messages, working.Token);
        try
        {
            var staged = await grains.GetGrain<IArticleStageGrain>(0).ProcessAsync([.. messages.Select(m => m.Data ?? [])]).ConfigureAwait(false);
            foreach (var problem in staged.Problems)
            {
                LogProblem(logger, problem);
            }

            var result = staged.Articles.Length == 0 ? new WriterResult(0, 0, 0) : await writer.ApplyAsync(staged.Articles).ConfigureAwait(false);
            await working.CancelAsync().ConfigureAwait(false);
            await keepAlive.ConfigureAwait(false);
            foreach (var message in messages)
            {
                await message.AckAsync(cancellationToken: CancellationToken.None).ConfigureAwait(false);
            }

            counters.Record(messages.Count, result.Added, result.AlreadyStored);
            return result.Added > 0;
        }
        catch (Exception ex)
        {
            // Not acknowledged: the batch comes back (here or elsewhere) after a short delay.
            await working.CancelAsync().ConfigureAwait(false);
            await keepAlive.ConfigureAwait(false);
            if (!ct.IsCancellationRequested)
            {
                LogFailed(logger, messages.Count, ex.Message);
            }

            await NakAsync(messages, TimeSpan.FromSeconds(1)).ConfigureAwait(false);
            return false;
        }
    }

    /// <summary>Progress acks every third of the ack wait until <paramref name="done"/> is cancelled. Best effort:
    /// a progress ack that fails (NATS unreachable for a moment) only means the batch may be redelivered, which is
    /// harmless, so it must not fail the batch that is being written.</summary>
    private async Task KeepAliveAsync(List<INatsJSMsg<byte[]>> messages, CancellationToken done)
    {
        try
        {
            while (true)
            {
                await Task.Delay(settings.AckWait / 3, done).ConfigureAwait(false);
                foreach (var message in messages)
                {
                    await message.AckProgressAsync(cancellationToken: done).ConfigureAwait(false);
                }
            }
        }
        catch (OperationCanceledException)
        {
        }
        catch (Exception ex)
        {
            LogProgressFailed(logger, ex.Message);
        }
    }

    private static async Task NakAsync(List<INatsJSMsg<byte[]>> messages, TimeSpan delay)
    {
        foreach (var message in messages)
        {
            await message.NakAsync(delay: delay, cancellationToken: CancellationToken.None).ConfigureAwait(false);
        }
    }

    [LoggerMessage(EventId = 4000, EventName = "IngestLogRetry", Level = LogLevel.Warning, Message = "ingest log unavailable, retrying: {Reason}")]
    private static partial void LogRetry(ILogger logger, string reason);

    [LoggerMessage(EventId = 4001, EventName = "IngestLogMessageUnreadable", Level = LogLevel.Warning, Message = "log message gave no article: {Problem}")]
    private static partial void LogProblem(ILogger logger, string problem);

    [LoggerMessage(EventId = 4004, EventName = "IngestLogProgressAckFailed", Level = LogLevel.Debug, Message = "progress ack failed (the batch may be redelivered, harmlessly): {Reason}")]
    private static partial void LogProgressFailed(ILogger logger, string reason);

    [LoggerMessage(EventId = 4003, EventName = "IngestLogFlushFailed", Level = LogLevel.Warning, Message = "flush failed, asked again when the log is next found drained: {Reason}")]
    private static partial void LogFlushFailed(ILogger logger, string reason);

    [LoggerMessage(EventId = 4002, EventName = "IngestLogBatchNotStored", Level = LogLevel.Warning, Message = "batch of {Count} not stored, left to redelivery: {Reason}")]
    private static partial void LogFailed(ILogger logger, int count, string reason);
}
