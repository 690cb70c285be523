namespace Triangulate.Extraction.Cleaning;

/// <summary>Start and end of every line of a text, without copying it. Ends exclude "\n" and a trailing "\r".</summary>
internal sealed class LineTable
{
    private readonly List<(int Start, int End)> _lines;

    private LineTable(List<(int Start, int End)> lines) => _lines = lines;

    public int Count => _lines.Count;

    public static LineTable Split(string text)
    {
        var lines = new List<(int, int)>(Math.Max(4, text.Length / 64));
        var start = 0;
        while (start <= text.Length)
        {
            var nl = text.IndexOf('\n', start);
            var end = nl < 0 ? text.Length : nl;
            var trimmedEnd = end > start && text[end - 1] == '\r' ? end - 1 : end;
            lines.Add((start, trimmedEnd));
            if (nl < 0)
            {
                break;
            }

            start = nl + 1;
        }

        return new LineTable(lines);
    }

    public ReadOnlySpan<char> Span(string text, int index) => text.AsSpan(_lines[index].Start, _lines[index].End - _lines[index].Start);

    public int TrimmedLength(string text, int index) => Span(text, index).Trim().Length;

    public int LeadingWhitespace(string text, int index)
    {
        var span = Span(text, index);
        return span.Length - span.TrimStart().Length;
    }

    /// <summary>The line without surrounding white space (including no-break spaces), as a new string.</summary>
    public string Trimmed(string text, int index) => Span(text, index).Trim().ToString();
}
