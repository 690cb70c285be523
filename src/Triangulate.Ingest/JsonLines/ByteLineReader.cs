using System.Buffers;

namespace Triangulate.Ingest.JsonLines;

/// <summary>
/// Reads "\n"-separated lines of bytes from a stream without decoding them, so JSON can be parsed
/// straight from UTF-8. A line longer than the record cap is skipped to its end without being held in
/// memory (its <see cref="Line.TooLong"/> is set), so one 50 MB line cannot exhaust memory.
/// </summary>
internal sealed class ByteLineReader : IDisposable
{
    private readonly Stream stream;
    private readonly int maxLineBytes;
    private byte[] buffer;
    private int start;
    private int end;
    private bool eof;
    private int lineNumber;

    /// <param name="initial">Bytes already read from the start of <paramref name="stream"/> (the sniffed sample).</param>
    public ByteLineReader(Stream stream, ReadOnlySpan<byte> initial, int maxLineBytes)
    {
        this.stream = stream;
        this.maxLineBytes = Math.Max(1, maxLineBytes);
        buffer = ArrayPool<byte>.Shared.Rent(Math.Max(64 * 1024, initial.Length));
        initial.CopyTo(buffer);
        end = initial.Length;
    }

    /// <summary>One line: its 1-based number and bytes (without "\n" or "\r"), valid until the next read.</summary>
    public readonly record struct Line(int Number, ReadOnlyMemory<byte> Bytes, bool TooLong);

    /// <summary>The next line, or null at the end of the stream.</summary>
    public async ValueTask<Line?> ReadLineAsync(CancellationToken ct)
    {
        var searchFrom = start;
        while (true)
        {
            var newline = buffer.AsSpan(searchFrom, end - searchFrom).IndexOf((byte)'\n');
            if (newline >= 0)
            {
                var lineEnd = searchFrom + newline;
                var line = MakeLine(start, lineEnd);
                start = lineEnd + 1;
                return line;
            }

            if (eof)
            {
                if (start == end)
                {
                    return null;
                }

                var last = MakeLine(start, end);
                start = end;
                return last;
            }

            if (end - start > maxLineBytes)
            {
                return await SkipLongLineAsync(ct).ConfigureAwait(false);
            }

            // Bytes already scanned need no second look; FillAsync may move the pending line to the front.
            var scanned = end - start;
            await FillAsync(ct).ConfigureAwait(false);
            searchFrom = start + scanned;
        }
    }

    public void Dispose()
    {
        ArrayPool<byte>.Shared.Return(buffer);
        buffer = [];
    }

    private Line MakeLine(int from, int to)
    {
        lineNumber++;
        if (to - from > maxLineBytes)
        {
            return new Line(lineNumber, ReadOnlyMemory<byte>.Empty, TooLong: true);
        }

        if (to > from && buffer[to - 1] == (byte)'\r')
        {
            to--;
        }

        return new Line(lineNumber, buffer.AsMemory(from, to - from), TooLong: false);
    }

    private async ValueTask<Line?> SkipLongLineAsync(CancellationToken ct)
    {
        lineNumber++;
        var number = lineNumber;
        while (true)
        {
            start = end = 0;
            await FillAsync(ct).ConfigureAwait(false);
            var newline = buffer.AsSpan(0, end).IndexOf((byte)'\n');
            if (newline >= 0)
            {
                start = newline + 1;
                return new Line(number, ReadOnlyMemory<byte>.Empty, TooLong: true);
            }

            if (eof)
            {
                start = end;
                return new Line(number, ReadOnlyMemory<byte>.Empty, TooLong: true);
            }
        }
    }

    /// <summary>Reads more bytes after <see cref="end"/>, first moving the pending line to the front or growing the buffer.</summary>
    private async ValueTask FillAsync(CancellationToken ct)
    {
        if (start > 0)
        {
            Buffer.BlockCopy(buffer, start, buffer, 0, end - start);
            end -= start;
            start = 0;
        }

        if (end == buffer.Length)
        {
            var bigger = ArrayPool<byte>.Shared.Rent(buffer.Length * 2);
            Buffer.BlockCopy(buffer, 0, bigger, 0, end);
            ArrayPool<byte>.Shared.Return(buffer);
            buffer = bigger;
        }

        var read = await stream.ReadAsync(buffer.AsMemory(end), ct).ConfigureAwait(false);
        end += read;
        eof = read == 0;
    }
}
