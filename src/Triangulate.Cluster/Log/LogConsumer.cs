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
            var messages = new List<INatsJSMsg<byte[]>>(settings.Batch);
            await foreach (var message in consumer.FetchAsync<byte[]>(new NatsJSFetchOpts { MaxMsgs = settings.Batch, Expires = TimeSpan.FromSeconds(2) }, cancellationToken: ct).ConfigureAwait(false))
            {
                messages.Add(message);
            }

            if (messages.Count == 0)
            {
                // Flush only when the whole log is drained (no message waiting or in work on any silo), as a
                // single-process run flushes at its end: settling between other silos' batches changed stories
                // under them and left the store inconsistent once (an empty story) in the kill test.
                if (wroteSinceFlush && await DrainedAsync(consumer, ct).ConfigureAwait(false))
                {
                    await writer.FlushAsync().ConfigureAwait(false);
                    wroteSinceFlush = false;
                }

                continue;
            }

            wroteSinceFlush |= await ApplyAsync(writer, messages, ct).ConfigureAwait(false);
        }
    }

    private static async Task<bool> DrainedAsync(INatsJSConsumer consumer, CancellationToken ct)
    {
        await consumer.RefreshAsync(ct).ConfigureAwait(false);
        return consumer.Info.NumPending == 0 && consumer.Info.NumAckPending == 0;
    }

    /// <summary>Stages and writes one fetched batch; true when it added articles.</summary>
    private async Task<bool> ApplyAsync(IStoryWriterGrain writer, List<INatsJSMsg<byte[]>> messages, CancellationToken ct)
    {
        try
        {
            var staged = await grains.GetGrain<IArticleStageGrain>(0).ProcessAsync([.. messages.Select(m => m.Data ?? [])]).ConfigureAwait(false);
            foreach (var problem in staged.Problems)
            {
                LogProblem(logger, problem);
            }

            var result = staged.Articles.Length == 0 ? new WriterResult(0, 0, 0) : await writer.ApplyAsync(staged.Articles).ConfigureAwait(false);
            foreach (var message in messages)
            {
                await message.AckAsync(cancellationToken: ct).ConfigureAwait(false);
            }

            counters.Record(messages.Count, result.Added, result.AlreadyStored);
            return result.Added > 0;
        }
        catch (Exception ex) when (!ct.IsCancellationRequested)
        {
            // Not acknowledged: the batch comes back (here or elsewhere) after a short delay.
            LogFailed(logger, messages.Count, ex.Message);
            foreach (var message in messages)
            {
                await message.NakAsync(delay: TimeSpan.FromSeconds(1), cancellationToken: ct).ConfigureAwait(false);
            }

            return false;
        }
    }

    [LoggerMessage(EventId = 4000, EventName = "IngestLogRetry", Level = LogLevel.Warning, Message = "ingest log unavailable, retrying: {Reason}")]
    private static partial void LogRetry(ILogger logger, string reason);

    [LoggerMessage(EventId = 4001, EventName = "IngestLogMessageUnreadable", Level = LogLevel.Warning, Message = "log message gave no article: {Problem}")]
    private static partial void LogProblem(ILogger logger, string problem);

    [LoggerMessage(EventId = 4002, EventName = "IngestLogBatchNotStored", Level = LogLevel.Warning, Message = "batch of {Count} not stored, left to redelivery: {Reason}")]
    private static partial void LogFailed(ILogger logger, int count, string reason);
}
