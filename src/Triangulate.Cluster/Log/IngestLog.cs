using NATS.Client.Core;
using NATS.Client.JetStream;
using NATS.Client.JetStream.Models;
using Triangulate.Core.Ingest;

namespace Triangulate.Cluster.Log;

/// <summary>
/// The durable ingest log on NATS JetStream: one stream that watchers and the API append raw documents to, and
/// one durable pull consumer that every silo fetches from (a consumer group: each message goes to one silo at a
/// time). Delivery is at least once: a silo acknowledges a message only after the batch holding it is committed
/// to the store, so a silo killed before that leaves the message to be redelivered (after <see cref="AckWait"/>)
/// to another. Ingest is idempotent by article id (the store skips stored ids), so a redelivery adds nothing.
/// The stream keeps acknowledged messages (limits retention), so replaying it rebuilds a store.
/// </summary>
public sealed class IngestLog : IAsyncDisposable
{
    public const string DefaultStream = "TRIANGULATE_INGEST";
    public const string DefaultConsumer = "silos";

    private readonly NatsConnection _connection;
    private readonly NatsJSContext _js;

    private IngestLog(NatsConnection connection, string stream)
    {
        _connection = connection;
        _js = new NatsJSContext(connection);
        Stream = stream;
    }

    /// <summary>The stream's name; its subject is the name in lower case with dots ("triangulate.ingest").</summary>
    public string Stream { get; }

    public string Subject => Stream.ToLowerInvariant().Replace('_', '.');

    /// <summary>How long a delivered message may stay unacknowledged before JetStream delivers it again.</summary>
    public TimeSpan AckWait { get; init; } = TimeSpan.FromSeconds(60);

    /// <summary>Connects to <paramref name="url"/> and creates the stream when absent (idempotent).</summary>
    public static async Task<IngestLog> OpenAsync(string url, string stream = DefaultStream, TimeSpan? ackWait = null, CancellationToken cancellationToken = default)
    {
        var connection = new NatsConnection(new NatsOpts { Url = url, Name = "triangulate" });
        var log = new IngestLog(connection, stream) { AckWait = ackWait ?? TimeSpan.FromSeconds(60) };
        try
        {
            await connection.ConnectAsync().ConfigureAwait(false);
            await log._js.CreateOrUpdateStreamAsync(new StreamConfig(stream, [log.Subject])
            {
                Storage = StreamConfigStorage.File,
                // A watcher that re-appends the same document within the window is deduplicated by the server too.
                DuplicateWindow = TimeSpan.FromMinutes(2),
            }, cancellationToken).ConfigureAwait(false);
        }
        catch
        {
            await connection.DisposeAsync().ConfigureAwait(false);
            throw;
        }

        return log;
    }

    /// <summary>Appends one raw document; returns the stream sequence it got (or the earlier one when the same
    /// document was appended within the duplicate window).</summary>
    public async Task<ulong> AppendAsync(RawDocument document, CancellationToken cancellationToken = default)
    {
        var body = RawDocumentCodec.Encode(document);
        var ack = await _js.PublishAsync(Subject, body, opts: new NatsJSPubOpts { MsgId = RawDocumentCodec.MessageId(document) }, cancellationToken: cancellationToken).ConfigureAwait(false);
        if (!ack.Duplicate)
        {
            ack.EnsureSuccess();
        }

        return ack.Seq;
    }

    /// <summary>The durable consumer shared by all silos, created when absent.</summary>
    public async Task<INatsJSConsumer> ConsumerAsync(string name = DefaultConsumer, CancellationToken cancellationToken = default) =>
        await _js.CreateOrUpdateConsumerAsync(Stream, new ConsumerConfig(name)
        {
            AckPolicy = ConsumerConfigAckPolicy.Explicit,
            AckWait = AckWait,
            DeliverPolicy = ConsumerConfigDeliverPolicy.All,
            MaxAckPending = 10_000,
        }, cancellationToken).ConfigureAwait(false);

    /// <summary>Messages not yet delivered plus those delivered and not acknowledged: the log's lag.</summary>
    public async Task<LogLag> LagAsync(string consumer = DefaultConsumer, CancellationToken cancellationToken = default)
    {
        var stream = await _js.GetStreamAsync(Stream, cancellationToken: cancellationToken).ConfigureAwait(false);
        var info = await _js.GetConsumerAsync(Stream, consumer, cancellationToken).ConfigureAwait(false);
        return new LogLag((long)stream.Info.State.Messages, (long)info.Info.NumPending, info.Info.NumAckPending, info.Info.NumRedelivered);
    }

    public ValueTask DisposeAsync() => _connection.DisposeAsync();
}
