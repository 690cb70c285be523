using Triangulate.Cluster.Log;
using Triangulate.Core.Ingest;

namespace Triangulate.ScaleOut.Tests;

/// <summary>The JetStream ingest log against a real nats-server: durable, at-least-once, one consumer group.</summary>
public sealed class IngestLogTests
{
    private static RawDocument Doc(int i) =>
        new($"test#{i}", $"test/{i}", DocumentFormat.PlainText, $"Body of document {i}.", DocumentHints.None with { Title = $"Title {i}", Published = new DateTimeOffset(2024, 1, 1, 0, 0, 0, TimeSpan.Zero).AddHours(i) });

    [ScaleOutFact(postgres: false)]
    public async Task AppendedDocumentsComeBackOnceAckedAndAgainWhenNot()
    {
        using var nats = await NatsServer.StartAsync();
        await using var log = await IngestLog.OpenAsync(nats.Url, "T_LOG", ackWait: TimeSpan.FromSeconds(2));
        for (var i = 0; i < 10; i++)
        {
            await log.AppendAsync(Doc(i));
        }

        // The same document again within the duplicate window: the server keeps one copy.
        await log.AppendAsync(Doc(3));
        var consumer = await log.ConsumerAsync();
        var first = new List<NATS.Client.JetStream.INatsJSMsg<byte[]>>();
        await foreach (var message in consumer.FetchAsync<byte[]>(new NATS.Client.JetStream.NatsJSFetchOpts { MaxMsgs = 4, Expires = TimeSpan.FromSeconds(2) }))
        {
            first.Add(message);
        }

        Assert.Equal(4, first.Count);
        Assert.Equal("test/0", RawDocumentCodec.Decode(first[0].Data)!.Locator);
        Assert.Equal("Title 1", RawDocumentCodec.Decode(first[1].Data)!.Hints.Title);
        // Acknowledge two, leave two as a killed silo would.
        await first[0].AckAsync();
        await first[1].AckAsync();
        var lag = await log.LagAsync();
        Assert.Equal(10, lag.Messages);
        Assert.Equal(8, lag.Lag);

        var seen = new List<string>();
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (seen.Count < 8 && DateTime.UtcNow < deadline)
        {
            await foreach (var message in consumer.FetchAsync<byte[]>(new NATS.Client.JetStream.NatsJSFetchOpts { MaxMsgs = 10, Expires = TimeSpan.FromSeconds(1) }))
            {
                seen.Add(RawDocumentCodec.Decode(message.Data)!.Locator);
                await message.AckAsync();
            }
        }

        // The two left unacknowledged came back after the ack wait; nothing else came twice.
        Assert.Equal(["test/2", "test/3", "test/4", "test/5", "test/6", "test/7", "test/8", "test/9"], seen.Order(StringComparer.Ordinal));
        Assert.Equal(0, (await log.LagAsync()).Lag);
    }

    [ScaleOutFact(postgres: false)]
    public async Task TheLogSurvivesAServerRestart()
    {
        var folder = Directory.CreateTempSubdirectory("tri-nats-keep-").FullName;
        try
        {
            int port;
            using (var first = await NatsServer.StartAsync(folder))
            {
                port = first.Port;
                await using var log = await IngestLog.OpenAsync(first.Url, "T_DURABLE");
                await log.AppendAsync(Doc(1));
                await log.AppendAsync(Doc(2));
                await log.ConsumerAsync();
            }

            using var second = await NatsServer.StartAsync(folder, port);
            await using var reopened = await IngestLog.OpenAsync(second.Url, "T_DURABLE");
            var lag = await reopened.LagAsync();
            Assert.Equal(2, lag.Messages);
            Assert.Equal(2, lag.Pending);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public void AMessageThatIsNoRawDocumentIsRefused()
    {
        Assert.Null(RawDocumentCodec.Decode("not json"u8));
        Assert.Null(RawDocumentCodec.Decode("{\"x\":1}"u8));
        var doc = Doc(5);
        Assert.Equal(doc, RawDocumentCodec.Decode(RawDocumentCodec.Encode(doc)));
        Assert.Equal(RawDocumentCodec.MessageId(doc), RawDocumentCodec.MessageId(Doc(5)));
        Assert.NotEqual(RawDocumentCodec.MessageId(doc), RawDocumentCodec.MessageId(Doc(6)));
    }
}
