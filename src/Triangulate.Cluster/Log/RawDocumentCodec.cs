using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Triangulate.Core.Ingest;

namespace Triangulate.Cluster.Log;

/// <summary>A raw document as a log message: JSON (readable with any NATS tool), and the id JetStream
/// deduplicates appends by (a hash of the locator and the content: a revised document is a new message).</summary>
public static class RawDocumentCodec
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public static byte[] Encode(RawDocument document) => JsonSerializer.SerializeToUtf8Bytes(document, Json);

    /// <summary>The document, or null when the message is not one (written by another tool): the caller reports it.</summary>
    public static RawDocument? Decode(ReadOnlySpan<byte> body)
    {
        try
        {
            var document = JsonSerializer.Deserialize<RawDocument>(body, Json);
            return document is { Content: not null, Locator: not null, Input: not null } ? document with { Hints = document.Hints ?? DocumentHints.None } : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }

    public static string MessageId(RawDocument document)
    {
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes(document.Locator + "\n" + document.Content));
        return Convert.ToHexStringLower(hash.AsSpan(0, 16));
    }
}
