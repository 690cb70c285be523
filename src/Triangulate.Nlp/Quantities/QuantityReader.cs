using System.Globalization;
using Triangulate.Core.Annotations;
using Triangulate.Core.Model;
using Triangulate.Nlp.Dates;

namespace Triangulate.Nlp.Quantities;

/// <summary>One pass over one text's tokens; holds the state the quantity rules share.</summary>
internal sealed partial class QuantityReader
{
    private readonly string _text;
    private readonly List<ScanToken> _tokens;
    private readonly bool[] _sentenceEnds;
    private readonly bool[] _inDate;
    private readonly List<QuantityAnnotation> _found = [];
    private readonly List<QuantityAnnotation> _implicit = [];
    private readonly IReadOnlyList<TextSpan> _persons;
    private readonly HashSet<QuantityAnnotation> _named = new(ReferenceEqualityComparer.Instance);
    private int _person;
    private bool? _hasDeathWord;

    /// <param name="persons">Where the entity layer found people's names, in text order (empty when unknown).</param>
    public QuantityReader(PiecedText text, IReadOnlyList<TimeExpression> dates, IReadOnlyList<TextSpan> persons)
    {
        _text = text.Text;
        _persons = persons;
        _tokens = text.Pieces;
        _sentenceEnds = text.SentenceEnds;
        var tokens = _tokens;
        _inDate = new bool[tokens.Count];
        var d = 0;
        for (var i = 0; i < tokens.Count && d < dates.Count; i++)
        {
            while (d < dates.Count && dates[d].Span.End <= tokens[i].Start)
            {
                d++;
            }

            _inDate[i] = d < dates.Count && dates[d].Span.Start <= tokens[i].Start && tokens[i].End <= dates[d].Span.End;
        }
    }

    private int Count => _tokens.Count;

    /// <summary>Every measurement of the text in text order: numbers first, then the counts wording implies.</summary>
    public List<QuantityAnnotation> Run()
    {
        var i = 0;
        while (i < Count)
        {
            if (!_inDate[i] && TryQuantity(i, out var q, out var last))
            {
                _found.Add(q);
                i = last + 1;
            }
            else
            {
                i++;
            }
        }

        ReadImplicit();
        var all = new List<QuantityAnnotation>(_found.Count + _implicit.Count);
        all.AddRange(_found);
        all.AddRange(_implicit);
        all.Sort(static (a, b) => a.Span.Start.CompareTo(b.Span.Start));
        return Consolidate(all);
    }

    private bool TryQuantity(int i, out QuantityAnnotation q, out int last)
    {
        q = null!;
        last = i;
        var j = ReadQualifier(i, out var qualifier);
        string? unit = null;
        if (ReadCurrencySymbol(j, out var currency, out var afterSymbol))
        {
            unit = currency;
            j = afterSymbol;
        }

        if (!ReadNumber(j, unit is not null, out var value, out var end, out var vague))
        {
            return false;
        }

        if (vague)
        {
            qualifier ??= "vague";
        }

        if (unit is null && !IsCountable(j, end, value))
        {
            return false;
        }

        end = ReadRange(end, unit is not null, ref qualifier, ref value, out var valueMax);
        var glued = unit is null ? GluedUnit(end) : null;
        unit ??= glued;
        end = ReadUnitAfter(end, ref unit, ref value);
        value = Math.Round(value, 6); // 8.3 × 1e6 is 8300000.000000001 in binary
        var spanEnd = end;
        string? about = null;
        var counted = unit is null ? CountedKeys.Other : unit == "percent" ? CountedKeys.Percent : CountedKeys.Money;
        string? scope = null;
        string? nounText = null;
        if (unit is null)
        {
            var (noun, nounEnd) = CountedNoun(end + 1);
            unit = noun;
            if (noun is "dollar" or "cent")
            {
                // "1.90 Canadian dollars", "65 Canadian cents": money after all.
                unit = nounEnd > end + 1 && IsWord(nounEnd - 1) && NumberWords.DollarCountries.TryGetValue(Span(nounEnd - 1), out var code) ? code : "USD";
                value = noun == "cent" ? Math.Round(value / 100, 6) : value;
            }

            if (noun is not null)
            {
                if (CoordinatedPeople(nounEnd, out var more, out var coordinationEnd))
                {
                    value += more; // "two women and one man were shot to death": three
                    (nounEnd, last) = (coordinationEnd, coordinationEnd);
                }

                spanEnd = nounEnd;
                nounText = _text[_tokens[end + 1].Start.._tokens[nounEnd].End];
            }

            about = PredicateRightBefore(i) ?? PredicateAfter(nounEnd + 1) ?? PredicateBefore(i, amount: false);
            if (unit is "USD" or "CAD" or "AUD" or "HKD" or "NZD" or "SGD" or "TWD")
            {
                counted = CountedKeys.Money;
            }
            else
            {
                (counted, scope) = IsIntensity(end, value) ? (CountedKeys.Other, CountedKeys.IntensityScope)
                    : IsMagnitude(i, end, noun is null ? -1 : nounEnd, value) ? (CountedKeys.Magnitude, null) : Classify(i, j, end, noun is null ? -1 : nounEnd);
                if (counted is CountedKeys.Distance or CountedKeys.Depth && IsDirection(nounEnd) && Units.TryGetValue(Span(end + 1), out _))
                {
                    unit = Span(end + 1).ToString(); // "72 km south-west of …": the unit, not the direction that ends the noun
                }

                scope ??= counted == CountedKeys.Distance ? DistanceReference(nounEnd + 1) : null;
                scope ??= CountedKeys.IsEventCount(counted) && IsIncrement(i, j, counted) ? CountedKeys.PartScope : null;
                scope = ScopeOfDimension(counted, scope, i, noun is null ? end : nounEnd);
                if (counted == CountedKeys.Other && IsVillages(noun is null ? -1 : nounEnd))
                {
                    scope = CountedKeys.VillagesScope;
                }
            }
        }
        else
        {
            about = OfPhrase(end + 1) ?? PredicateBefore(i, amount: true) ?? PredicateAfter(end + 1);
            scope = counted == CountedKeys.Percent ? ChangeSubject(i) : null;
            if (unit == "GBP" && IsWeight(i, end))
            {
                (counted, unit, scope) = (CountedKeys.Other, "lb", CountedKeys.WeightScope);
            }
        }

        if (glued is not null)
        {
            counted = Units.TryGetValue(glued, out var key) ? (key == CountedKeys.Distance && IsDepth(end) ? CountedKeys.Depth : key) : CountedKeys.Other;
            scope = counted == CountedKeys.Distance ? DistanceReference(end + 1) : null;
            scope = ScopeOfDimension(counted, scope, i, end);
        }

        last = Math.Max(last, end);
        q = new QuantityAnnotation(TextSpan.FromBounds(_tokens[i].Start, _tokens[spanEnd].End), value, unit, qualifier, about)
        {
            Counted = counted,
            Scope = scope,
            Noun = nounText,
            ValueMax = qualifier == "range" ? valueMax : null,
        };
        return true;
    }

    // ---- helpers shared by the rule files ---------------------------------------------------------

    private ReadOnlySpan<char> Span(int i) => _text.AsSpan(_tokens[i].Start, _tokens[i].Length);

    private bool Is(int i, string word) => i >= 0 && i < Count && Span(i).Equals(word, StringComparison.OrdinalIgnoreCase);

    private bool IsPunct(int i, char c) => i >= 0 && i < Count && _tokens[i].Kind == ScanKind.Punct && _text[_tokens[i].Start] == c;

    private bool IsWord(int i) => i >= 0 && i < Count && _tokens[i].Kind == ScanKind.Word;

    private bool IsNumber(int i) => i >= 0 && i < Count && _tokens[i].Kind == ScanKind.Number;

    // i may be -1 when a rule looks before the first token ("-6 …" at the start of a text).
    private bool Touch(int i) => i >= 0 && i + 1 < Count && _tokens[i].End == _tokens[i + 1].Start;

    private ReadOnlySpan<char> Suffix(int i) => _text.AsSpan(_tokens[i].DigitsEnd, _tokens[i].End - _tokens[i].DigitsEnd);

    private ReadOnlySpan<char> Digits(int i) => _text.AsSpan(_tokens[i].Start, _tokens[i].DigitsEnd - _tokens[i].Start);

    private bool IsClauseBreak(int i)
    {
        if (i < 0 || i >= Count || _tokens[i].Kind != ScanKind.Punct)
        {
            return i >= Count;
        }

        return _text[_tokens[i].Start] is ',' or ';' or ':' or '.' or '!' or '?' or '(' or ')' or '"' or '“' or '”' or '–' or '—';
    }

    private static double ParseDigits(ReadOnlySpan<char> digits)
    {
        Span<char> buffer = stackalloc char[Math.Min(digits.Length, 64)];
        var n = 0;
        foreach (var c in digits)
        {
            if (c != ',' && n < buffer.Length)
            {
                buffer[n++] = c;
            }
        }

        return double.TryParse(buffer[..n], NumberStyles.Float, CultureInfo.InvariantCulture, out var v) ? v : double.NaN;
    }
}
