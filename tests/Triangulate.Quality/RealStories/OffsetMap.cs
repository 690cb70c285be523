namespace Triangulate.Quality.RealStories;

/// <summary>
/// Maps offsets in an article's cleaned text (what the dossier's evidence points into) back to the data
/// file's text (what the labels point into). Extraction may drop the title line and boilerplate lines and
/// may normalise white space, so both texts are compared with every run of white space read as one space,
/// and each cleaned line is found in the raw text in order.
/// </summary>
internal sealed class OffsetMap
{
    private readonly int[] _toRaw;
    private readonly string _raw;
    private readonly string _squeezedRaw;
    private readonly int[] _squeezedRawToRaw;

    public OffsetMap(string cleaned, string raw)
    {
        _raw = raw;
        (_squeezedRaw, _squeezedRawToRaw) = Squeeze(raw, 0, raw.Length);
        _toRaw = new int[cleaned.Length];
        Array.Fill(_toRaw, -1);
        var cursor = 0;
        var lineStart = 0;
        while (lineStart < cleaned.Length)
        {
            var nl = cleaned.IndexOf('\n', lineStart);
            var lineEnd = nl < 0 ? cleaned.Length : nl;
            cursor = MapLine(cleaned, lineStart, lineEnd, cursor);
            lineStart = lineEnd + 1;
        }
    }

    /// <summary>The raw span of a cleaned span; null when none of its characters could be placed.</summary>
    public (int Start, int Length)? Map(int start, int length, string? text = null)
    {
        int first = -1, last = -1;
        for (var i = Math.Max(0, start); i < Math.Min(_toRaw.Length, start + Math.Max(1, length)); i++)
        {
            if (_toRaw[i] < 0)
            {
                continue;
            }

            if (first < 0)
            {
                first = _toRaw[i];
            }

            last = _toRaw[i];
        }

        if (first >= 0)
        {
            return (first, last - first + 1);
        }

        // Last resort: the evidence repeats its text; find it in the raw text.
        var found = string.IsNullOrEmpty(text) ? -1 : _raw.IndexOf(text, StringComparison.Ordinal);
        return found < 0 ? null : (found, text!.Length);
    }

    /// <summary>Finds one cleaned line (white space squeezed) in the squeezed raw text from the cursor on, then
    /// anywhere; maps its characters; returns the new cursor.</summary>
    private int MapLine(string cleaned, int start, int end, int cursor)
    {
        var (line, lineToCleaned) = Squeeze(cleaned, start, end);
        if (line.Length == 0)
        {
            return cursor;
        }

        var at = _squeezedRaw.IndexOf(line, cursor, StringComparison.Ordinal);
        if (at < 0)
        {
            at = _squeezedRaw.IndexOf(line, StringComparison.Ordinal);
        }

        if (at < 0)
        {
            return cursor;
        }

        for (var k = 0; k < line.Length; k++)
        {
            _toRaw[lineToCleaned[k]] = _squeezedRawToRaw[at + k];
        }

        return at + line.Length;
    }

    /// <summary>The text with leading and trailing white space dropped and every inner run read as one space,
    /// and for each of its characters the index it came from.</summary>
    private static (string Text, int[] From) Squeeze(string s, int start, int end)
    {
        var chars = new List<char>(end - start);
        var from = new List<int>(end - start);
        var pendingSpace = -1;
        for (var i = start; i < end; i++)
        {
            if (char.IsWhiteSpace(s[i]))
            {
                if (chars.Count > 0 && pendingSpace < 0)
                {
                    pendingSpace = i;
                }

                continue;
            }

            if (pendingSpace >= 0)
            {
                chars.Add(' ');
                from.Add(pendingSpace);
                pendingSpace = -1;
            }

            chars.Add(s[i]);
            from.Add(i);
        }

        return (new string([.. chars]), [.. from]);
    }
}
