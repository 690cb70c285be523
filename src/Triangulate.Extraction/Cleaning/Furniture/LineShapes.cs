using Triangulate.Core.Text;

namespace Triangulate.Extraction.Cleaning.Furniture;

/// <summary>
/// Reads the non-blank lines of a text into <see cref="LineShape"/>s. Hard-wrapped prose (wire copy, a press release
/// in a pre block: a long line that breaks mid-sentence) is read as one shape per paragraph, as a browser would
/// have flowed it, so it looks like the prose it is.
/// </summary>
internal static class LineShapes
{
    /// <summary>Punctuation trimmed off a token; a token made only of these is a separator, not a word.</summary>
    public const string Punctuation = "\"“”‘’'()[]{}.,;:!?«»‹›|•·-–—/*#";

    private static readonly HashSet<string> Stop = new(StringComparer.OrdinalIgnoreCase)
    {
        "the", "a", "an", "of", "to", "in", "and", "or", "but", "is", "are", "was", "were", "be", "been", "has", "have",
        "had", "that", "this", "it", "its", "for", "on", "with", "as", "by", "at", "from", "he", "she", "they", "we",
        "his", "her", "their", "said", "says", "will", "would", "not", "who", "which", "also", "after", "about", "than",
        "into", "over", "can", "could", "there", "when", "i", "you", "our", "if", "so", "up", "out", "been", "one",
    };

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> StopLookup = Stop.GetAlternateLookup<ReadOnlySpan<char>>();

    private static readonly HashSet<string> Months = new(StringComparer.OrdinalIgnoreCase)
    {
        "jan", "january", "feb", "february", "mar", "march", "apr", "april", "may", "jun", "june", "jul", "july", "aug",
        "august", "sep", "sept", "september", "oct", "october", "nov", "november", "dec", "december",
    };

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> MonthLookup = Months.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>A line at least this long may be a wrapped one; menu items and headlines are shorter.</summary>
    private const int MinWrappedChars = 40;

    public static List<LineShape> Read(string text, LineTable lines)
    {
        var shapes = new List<LineShape>(lines.Count);
        var seen = new Dictionary<string, LineShape>(StringComparer.Ordinal);
        var blank = false;
        for (var i = 0; i < lines.Count; i++)
        {
            var span = lines.Span(text, i).Trim();
            if (span.Length == 0)
            {
                blank = true;
                if (shapes.Count > 0)
                {
                    shapes[^1].BlankAfter = true;
                }

                continue;
            }

            var last = i;
            while (last + 1 < lines.Count && WrapsOn(lines.Span(text, last).Trim(), lines.Span(text, last + 1).Trim()))
            {
                last++;
            }

            if (last > i)
            {
                span = Join(text, lines, i, last);
            }

            var shape = Read(span, i, last);
            i = last;
            shape.BlankBefore = blank;
            blank = false;
            var key = span.Length <= 200 ? span.ToString() : null;
            if (key is not null && seen.TryGetValue(key, out var first))
            {
                first.Repeated = true;
                shape.Repeated = true;
            }
            else if (key is not null)
            {
                seen[key] = shape;
            }

            shapes.Add(shape);
        }

        MarkBlocks(shapes);
        return shapes;
    }

    /// <summary>Fills each shape's block size: a block is a run of lines with no blank line between them.</summary>
    private static void MarkBlocks(List<LineShape> shapes)
    {
        var start = 0;
        for (var k = 0; k <= shapes.Count; k++)
        {
            if (k < shapes.Count && (k == start || !shapes[k].BlankBefore))
            {
                continue;
            }

            var words = 0;
            for (var j = start; j < k; j++)
            {
                words += shapes[j].Words;
            }

            for (var j = start; j < k; j++)
            {
                shapes[j].BlockLines = k - start;
                shapes[j].BlockWords = words;
            }

            start = k;
        }
    }

    private static bool StartsLower(ReadOnlySpan<char> line)
    {
        foreach (var c in line)
        {
            if (char.IsLetter(c))
            {
                return char.IsLower(c);
            }
        }

        return false;
    }

    /// <summary>The sentence runs on into the next line: a long line that does not end a sentence, and a next line
    /// that starts in lower case or follows a comma or hyphen.</summary>
    private static bool WrapsOn(ReadOnlySpan<char> line, ReadOnlySpan<char> next)
    {
        if (line.Length < MinWrappedChars || next.Length == 0 || EndOf(line) is LineEnd.Sentence or LineEnd.Colon)
        {
            return false;
        }

        return char.IsLower(next[0]) || (line[^1] is ',' or ';' or '-' && next.Contains(' '));
    }

    private static ReadOnlySpan<char> Join(string text, LineTable lines, int first, int last)
    {
        var sb = new System.Text.StringBuilder();
        for (var i = first; i <= last; i++)
        {
            sb.Append(sb.Length == 0 ? "" : " ").Append(lines.Span(text, i).Trim());
        }

        return sb.ToString();
    }

    private static LineShape Read(ReadOnlySpan<char> line, int index, int last)
    {
        List<ulong>? content = null;
        int words = 0, capitalised = 0, lower = 0, stop = 0, digits = 0, breaks = 0, separators = 0, letters = 0, upper = 0;
        bool quote = false, dateLike = false;
        var i = 0;
        while (i < line.Length)
        {
            var c = line[i];
            if (char.IsWhiteSpace(c))
            {
                i++;
                continue;
            }

            var start = i;
            while (i < line.Length && !char.IsWhiteSpace(line[i]))
            {
                i++;
            }

            var token = line[start..i];
            var word = token.Trim(Punctuation);
            if (word.Length == 0)
            {
                separators += token.IndexOfAny("|•·»›«‹/") >= 0 ? 1 : 0;
                continue;
            }

            words++;
            capitalised += char.IsUpper(word[0]) ? 1 : 0;
            lower += char.IsLower(word[0]) ? 1 : 0;
            var isStop = StopLookup.Contains(word);
            stop += isStop ? 1 : 0;
            if (!isStop && word.Length >= 4)
            {
                (content ??= []).Add(WordHash(word));
            }

            dateLike |= IsDateWord(word, token);
            foreach (var ch in word)
            {
                digits += char.IsDigit(ch) ? 1 : 0;
                letters += char.IsLetter(ch) ? 1 : 0;
                upper += char.IsUpper(ch) ? 1 : 0;
            }

            if (start > 0 && IsSentenceBreak(line, start))
            {
                breaks++;
            }
        }

        foreach (var c in line)
        {
            quote |= c is '"' or '“' or '”' or '«' or '»';
        }

        return new LineShape
        {
            Line = index,
            LastLine = last,
            Words = words,
            Chars = line.Length,
            CapitalisedWords = capitalised,
            LowerWords = lower,
            StopWords = stop,
            ContentWords = content is null ? [] : [.. content.Distinct()],
            Digits = digits,
            SentenceBreaks = breaks,
            Separators = separators,
            End = EndOf(line),
            Quote = quote,
            AllCaps = letters >= 4 && upper == letters,
            DateLike = dateLike,
            Address = line.Contains('@') || line.Contains("http", StringComparison.OrdinalIgnoreCase) || line.Contains("www.", StringComparison.OrdinalIgnoreCase),
            StartsLower = StartsLower(line),
            Chrome = words <= 4 && SiteChrome.IsChrome(line),
            Copyright = line.Contains('©') || line.Contains("copyright", StringComparison.OrdinalIgnoreCase) || line.Contains("rights reserved", StringComparison.OrdinalIgnoreCase),
        };
    }

    private static bool IsSentenceBreak(ReadOnlySpan<char> line, int start)
    {
        // "...end. Next": a lower-case letter, a terminator, a space, then a capital.
        var j = start - 1;
        while (j > 0 && char.IsWhiteSpace(line[j]))
        {
            j--;
        }

        return j > 0 && line[j] is '.' or '!' or '?' && char.IsLower(line[j - 1]) && char.IsUpper(line[start]);
    }

    private static bool IsDateWord(ReadOnlySpan<char> word, ReadOnlySpan<char> token)
    {
        if (token.Contains(':') && token.Length <= 8 && char.IsDigit(token[0]))
        {
            return true; // 10:31
        }

        if (MonthLookup.Contains(word))
        {
            return true;
        }

        return word.Length == 4 && word[0] is '1' or '2' && int.TryParse(word, out var year) && year is >= 1990 and <= 2040;
    }

    /// <summary>FNV-1a of the lower-cased word: stable across processes, unlike string hashes.</summary>
    private static ulong WordHash(ReadOnlySpan<char> word) => Fnv1a.OfLower(word);

    private static LineEnd EndOf(ReadOnlySpan<char> line)
    {
        var end = line.TrimEnd("\"”’')]»");
        if (end.Length == 0)
        {
            return LineEnd.OtherPunctuation;
        }

        return end[^1] switch
        {
            '.' or '!' or '?' or '…' => LineEnd.Sentence,
            ':' => LineEnd.Colon,
            _ when char.IsLetterOrDigit(end[^1]) => LineEnd.None,
            _ => LineEnd.OtherPunctuation,
        };
    }
}
