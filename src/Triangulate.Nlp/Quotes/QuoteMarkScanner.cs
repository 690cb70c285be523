namespace Triangulate.Nlp.Quotes;

/// <summary>
/// Pairs quotation marks paragraph by paragraph. Curly marks and guillemets say their direction; a
/// straight mark's direction is read from its neighbours (space before = opening, space after =
/// closing). Single marks pair only outside double quotes (inside, they are nested quotes and stay
/// part of the content). An unclosed quote is dropped unless the next paragraph reopens, the news
/// convention for a quotation running over several paragraphs. Linear in the number of tokens.
/// </summary>
internal static class QuoteMarkScanner
{
    private const int MaxSingleQuoteChars = 400;

    public static List<QuoteSegment> Scan(string text, List<Tok> toks)
    {
        var segments = new List<QuoteSegment>();
        int paraStart = 0;
        for (int i = 0; i <= toks.Count; i++)
        {
            if (i == toks.Count || toks[i].Kind == TokKind.Paragraph)
            {
                ScanParagraph(text, toks, paraStart, i, segments);
                paraStart = i + 1;
            }
        }

        return segments;
    }

    private static void ScanParagraph(string text, List<Tok> toks, int from, int to, List<QuoteSegment> segments)
    {
        int firstNew = segments.Count;
        int open = -1;
        for (int i = from; i < to; i++)
        {
            if (toks[i].Kind != TokKind.DoubleQuote)
            {
                continue;
            }

            char c = toks[i].Length == 2 ? '"' : text[toks[i].Start];
            bool openerCtx = OpenerContext(text, toks[i].Start);
            bool closerCtx = CloserContext(text, toks[i].End - 1);
            bool curlyOpen = c is '\u201C' or '\u201E' or '\u00AB' or '\u201F';
            bool curlyClose = c is '\u201D' or '\u00BB';
            if (open < 0)
            {
                if ((curlyClose || c == '"') && closerCtx && !openerCtx)
                {
                    continue; // a stray closing mark (or inches): never opens
                }

                open = i;
            }
            else if ((curlyOpen || c == '"') && openerCtx && !closerCtx)
            {
                open = i; // the earlier quote never closed: restart here rather than swallow text
            }
            else
            {
                Add(text, toks, open, i, true, false, segments);
                open = -1;
            }
        }

        if (open >= 0 && to < toks.Count && NextParagraphReopens(text, toks, to))
        {
            Add(text, toks, open, to, true, true, segments);
        }

        ScanSingles(text, toks, from, to, segments, firstNew);
    }

    private static void ScanSingles(string text, List<Tok> toks, int from, int to, List<QuoteSegment> segments, int firstNew)
    {
        int doubles = segments.Count;
        int d = firstNew;
        int open = -1;
        for (int i = from; i < to; i++)
        {
            // Skip over double-quoted stretches: single marks there are nested quotes.
            while (d < doubles && segments[d].Close < i)
            {
                d++;
            }

            if (d < doubles && segments[d].Open <= i && i <= segments[d].Close)
            {
                open = -1;
                continue;
            }

            if (toks[i].Kind != TokKind.SingleQuote)
            {
                continue;
            }

            int at = toks[i].Start;
            char c = text[at];
            if (open < 0)
            {
                if (c != '\u2019' && OpenerContext(text, at) && at + 1 < text.Length && char.IsLetterOrDigit(text[at + 1]))
                {
                    open = i;
                }
            }
            else if (CloserContext(text, at) && !char.IsWhiteSpace(text[at - 1]))
            {
                if (at - toks[open].End <= MaxSingleQuoteChars)
                {
                    Add(text, toks, open, i, false, false, segments);
                }

                open = -1;
            }
        }

        if (segments.Count > doubles)
        {
            segments.Sort(firstNew, segments.Count - firstNew, SegmentOrder.Instance);
        }
    }

    private static bool NextParagraphReopens(string text, List<Tok> toks, int paragraphTok)
    {
        int next = paragraphTok + 1;
        return next < toks.Count && toks[next].Kind == TokKind.DoubleQuote && OpenerContext(text, toks[next].Start) && text[toks[next].Start] is not ('\u201D' or '\u00BB');
    }

    private static void Add(string text, List<Tok> toks, int open, int close, bool isDouble, bool runsOn, List<QuoteSegment> segments)
    {
        int start = toks[open].End;
        int end = runsOn ? toks[close - 1].End : toks[close].Start;
        while (start < end && char.IsWhiteSpace(text[start]))
        {
            start++;
        }

        while (end > start && char.IsWhiteSpace(text[end - 1]))
        {
            end--;
        }

        if (end <= start)
        {
            return;
        }

        int words = 0;
        for (int k = open + 1; k < close; k++)
        {
            if (toks[k].Kind == TokKind.Word)
            {
                words++;
            }
        }

        if (words == 0)
        {
            return;
        }

        segments.Add(new QuoteSegment { Open = open, Close = close, ContentStart = start, ContentEnd = end, IsDouble = isDouble, RunsOn = runsOn, Words = words });
    }

    /// <summary>Start of text, space, an opening bracket or dash, or another quotation mark before.</summary>
    public static bool OpenerContext(string text, int at)
    {
        if (at == 0)
        {
            return true;
        }

        char p = text[at - 1];
        return char.IsWhiteSpace(p) || p is '(' or '[' or '{' or '\u2014' or '\u2013' or '-' or ':' or '/' or '\u201C' or '\u2018' or '"' or '\'' or '\u00AB' or '\u2026';
    }

    /// <summary>End of text, space, or punctuation after.</summary>
    public static bool CloserContext(string text, int at)
    {
        if (at + 1 >= text.Length)
        {
            return true;
        }

        char n = text[at + 1];
        return char.IsWhiteSpace(n) || (char.IsPunctuation(n) && n is not ('(' or '[' or '{')) || n is '\u2014' or '\u2013';
    }

    private sealed class SegmentOrder : IComparer<QuoteSegment>
    {
        public static readonly SegmentOrder Instance = new();

        public int Compare(QuoteSegment? x, QuoteSegment? y) => x!.Open.CompareTo(y!.Open);
    }
}
