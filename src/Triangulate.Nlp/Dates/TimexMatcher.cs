namespace Triangulate.Nlp.Dates;

/// <summary>
/// Greedy longest-match grammar over <see cref="ScanToken"/>s. One instance per call: it holds the text,
/// its tokens and the reference date, so the rules stay short and allocation-free until they match.
/// </summary>
internal sealed partial class TimexMatcher
{
    private static readonly TimexWord NoWord = new();
    private readonly string _text;
    private readonly List<ScanToken> _tokens;
    private readonly bool[] _sentenceEnds;
    private readonly TimexWord[] _words;
    private readonly bool[] _known;
    private readonly DateOnly? _ref;

    /// <summary>
    /// What places a month and day without a year ("September 6") in time: the reference date, or for an
    /// undated article a date known only roughly (its story's), which is never used for day-relative
    /// expressions ("yesterday", "this Monday").
    /// </summary>
    private readonly DateOnly? _calendar;

    /// <summary>The publication's local time of day, when the source gave one: "the span gave way at 7:40 p.m." in
    /// a rewrite published at 08:12 happened the evening before.</summary>
    private readonly TimeOnly? _refClock;

    public TimexMatcher(PiecedText text, DateOnly? reference, DateOnly? calendarHint = null, TimeOnly? referenceClock = null)
    {
        _text = text.Text;
        _tokens = text.Pieces;
        _sentenceEnds = text.SentenceEnds;
        var tokens = _tokens;
        _ref = reference;
        _refClock = reference is null ? null : referenceClock;
        _calendar = reference ?? calendarHint;
        _words = new TimexWord[tokens.Count];
        _known = new bool[tokens.Count];
        for (var i = 0; i < tokens.Count; i++)
        {
            var t = tokens[i];
            if (t.Kind == ScanKind.Word && TimexLexicon.TryGet(_text.AsSpan(t.Start, t.Length), out var w))
            {
                _words[i] = w;
                _known[i] = true;
            }
            else
            {
                _words[i] = NoWord;
            }
        }
    }

    public List<TimexCandidate> Run()
    {
        var found = new List<TimexCandidate>();
        var i = 0;
        while (i < _tokens.Count)
        {
            if (TryAt(i, out var c))
            {
                found.Add(c);
                i = c.Last + 1;
            }
            else
            {
                i++;
            }
        }

        return found;
    }

    private bool TryAt(int i, out TimexCandidate best)
    {
        best = default;
        var t = _tokens[i];
        if (!_known[i] && t.Kind == ScanKind.Word)
        {
            return TryPhraseModifier(i, out best) || TryHoliday(i, out best) || TryBoundaryOf(i, out best) || TryVaguePlural(i, out best);
        }

        return Longest(StartRules, i, out best);
    }

    /// <summary>A rule of the grammar: reads one kind of expression starting at token i.</summary>
    private delegate bool Rule(TimexMatcher matcher, int i, out TimexCandidate c);

    /// <summary>The rules tried at a number, punctuation or lexicon word; <see cref="Longest"/> keeps the longest reading.</summary>
    private static readonly Rule[] StartRules =
    [
        (m, i, out c) => m.TryEdgeModifier(i, out c), (m, i, out c) => m.TryMonth(i, out c),
        (m, i, out c) => m.TryNumberLed(i, out c), (m, i, out c) => m.TryCount(i, out c),
        (m, i, out c) => m.TryRelative(i, out c), (m, i, out c) => m.TryWeekday(i, out c),
        (m, i, out c) => m.TryFixed(i, out c), (m, i, out c) => m.TrySet(i, out c),
        (m, i, out c) => m.TryOrdinalPeriod(i, out c), (m, i, out c) => m.TryDecade(i, out c),
        (m, i, out c) => m.TrySeason(i, out c),
    ];

    /// <summary>
    /// Runs every rule at token i and keeps the match that reaches furthest; on a tie the rule listed first wins,
    /// so the order of a rule list is part of the grammar.
    /// </summary>
    private bool Longest(Rule[] rules, int i, out TimexCandidate best)
    {
        best = default;
        var found = false;
        foreach (var rule in rules)
        {
            if (rule(this, i, out var c) && (!found || c.Last > best.Last))
            {
                best = c;
                found = true;
            }
        }

        return found;
    }

    // ---- token helpers -------------------------------------------------------------------------

    private int Count => _tokens.Count;

    private TimexWord W(int i) => i >= 0 && i < _words.Length ? _words[i] : NoWord;

    private ReadOnlySpan<char> Span(int i) => _text.AsSpan(_tokens[i].Start, _tokens[i].Length);

    private bool Is(int i, string word) => i >= 0 && i < Count && Span(i).Equals(word, StringComparison.OrdinalIgnoreCase);

    private bool IsPunct(int i, char c) => i >= 0 && i < Count && _tokens[i].Kind == ScanKind.Punct && _text[_tokens[i].Start] == c;

    private bool Fn(int i, TimexFunction f) => i >= 0 && i < Count && _known[i] && _words[i].Function == f;

    private bool IsCapitalized(int i) => char.IsUpper(_text[_tokens[i].Start]);

    /// <summary>True when tokens i and i+1 touch (no space), e.g. "mid-1996" or "third-quarter".</summary>
    private bool Touch(int i) => i + 1 < Count && _tokens[i].End == _tokens[i + 1].Start;

    /// <summary>The hyphen joining i and i+2 ("two-year"), when present.</summary>
    private bool Hyphenated(int i) => i + 2 < Count && IsPunct(i + 1, '-') && Touch(i) && Touch(i + 1);

    private bool IsNumber(int i) => i >= 0 && i < Count && _tokens[i].Kind == ScanKind.Number;

    /// <summary>The integer value of a plain digit token ("15", "2025"), or -1.</summary>
    private int IntAt(int i)
    {
        if (!IsNumber(i))
        {
            return -1;
        }

        var t = _tokens[i];
        var value = 0;
        for (var k = t.Start; k < t.DigitsEnd; k++)
        {
            var ch = _text[k];
            if (!char.IsDigit(ch) || value > 100_000_000)
            {
                return -1;
            }

            value = value * 10 + (ch - '0');
        }

        return value;
    }

    private ReadOnlySpan<char> Suffix(int i) => _text.AsSpan(_tokens[i].DigitsEnd, _tokens[i].End - _tokens[i].DigitsEnd);

    private int DigitCount(int i) => _tokens[i].DigitsEnd - _tokens[i].Start;

    /// <summary>Whether token <paramref name="i"/> ends a sentence of the sentence splitter (sentences layer).</summary>
    private bool IsSentenceEnd(int i) => _sentenceEnds[i];

    /// <summary>The sentence number of every token (from the sentence splitter's sentences).</summary>
    public int[] SentenceIds()
    {
        var ids = new int[Count];
        var current = 0;
        for (var i = 0; i < Count; i++)
        {
            ids[i] = current;
            if (IsSentenceEnd(i))
            {
                current++;
            }
        }

        return ids;
    }

    /// <summary>The token index range of the phrase after a signal word, up to a clause boundary (at most 10 tokens).</summary>
    public (int First, int Last) PhraseAfter(int signal)
    {
        var first = signal + 1;
        var last = signal;
        for (var k = first; k < Count && k < first + 10; k++)
        {
            var t = _tokens[k];
            if (t.Kind == ScanKind.Punct && _text[t.Start] is ',' or ';' or ':' or '.' or '!' or '?' or '(' or ')' or '"' or '“' or '”')
            {
                break;
            }

            if (k > first && (Is(k, "and") || Is(k, "which") || Is(k, "that") || Is(k, "when") || Is(k, "while") || Is(k, "but")))
            {
                break;
            }

            last = k;
        }

        return (first, last);
    }

    public ScanToken Token(int i) => _tokens[i];
}
