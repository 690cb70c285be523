using System.Buffers;
using Triangulate.Core.Diagnostics;

namespace Triangulate.Ingest.Sources;

/// <summary>Stream reads that never go past a byte limit, so an oversized input is detected without being loaded.</summary>
internal static class BoundedRead
{
    public static async Task CopyUpToAsync(Stream from, Stream to, long limit, CancellationToken ct)
    {
        var chunk = ArrayPool<byte>.Shared.Rent(81920);
        try
        {
            long copied = 0;
            int read;
            while (copied < limit && (read = await from.ReadAsync(chunk.AsMemory(0, (int)Math.Min(chunk.Length, limit - copied)), ct).ConfigureAwait(false)) > 0)
            {
                await to.WriteAsync(chunk.AsMemory(0, read), ct).ConfigureAwait(false);
                copied += read;
            }
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(chunk);
        }
    }

    public static async Task<(int Read, Func<string, Diagnostic>? Error)> ReadUpToAsync(Stream stream, Memory<byte> buffer, CancellationToken ct)
    {
        try
        {
            return (await stream.ReadAtLeastAsync(buffer, buffer.Length, throwOnEndOfStream: false, ct).ConfigureAwait(false), null);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return (0, input => Diagnostic.Error(input, ErrorCodes.UnreadableInput, $"the input cannot be read: {ex.Message}"));
        }
    }

    /// <summary>The sampled head plus the rest of the stream, in a pooled buffer the caller returns; stops one byte past <paramref name="maxBytes"/> so oversize is seen without reading it all.</summary>
    public static async Task<(byte[] Buffer, int Total, Func<string, Diagnostic>? Error)> ReadWholeAsync(Stream stream, ReadOnlyMemory<byte> head, long length, long maxBytes, CancellationToken ct)
    {
        var cap = (int)Math.Min(maxBytes + 1, int.MaxValue - 64);
        var capacity = length >= 0 ? (int)Math.Min(length + 1, cap) : Math.Max(head.Length * 2, 64 * 1024);
        var buffer = ArrayPool<byte>.Shared.Rent(Math.Max(capacity, head.Length));
        head.CopyTo(buffer);
        var total = head.Length;
        while (total < cap)
        {
            if (total == buffer.Length)
            {
                var bigger = ArrayPool<byte>.Shared.Rent((int)Math.Min((long)buffer.Length * 2, cap));
                Buffer.BlockCopy(buffer, 0, bigger, 0, total);
                ArrayPool<byte>.Shared.Return(buffer);
                buffer = bigger;
            }

            var (read, error) = await ReadUpToAsync(stream, buffer.AsMemory(total, Math.Min(buffer.Length, cap) - total), ct).ConfigureAwait(false);
            if (error is not null)
            {
                return (buffer, total, error);
            }

            total += read;
            if (read == 0 || total < Math.Min(buffer.Length, cap))
            {
                break;
            }
        }

        return (buffer, total, null);
    }
}
