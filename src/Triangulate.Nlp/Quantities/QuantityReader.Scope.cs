using System.Collections.Frozen;
using Triangulate.Core.Annotations;

namespace Triangulate.Nlp.Quantities;

/// <summary>Ages, units of measure, conditions and the place a figure is restricted to.</summary>
internal sealed partial class QuantityReader
{
    private static readonly FrozenDictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> Units = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase)
    {
        ["km"] = CountedKeys.Distance,
        ["kilometres"] = CountedKeys.Distance,
        ["kilometers"] = CountedKeys.Distance,
        ["kilometre"] = CountedKeys.Distance,
        ["kilometer"] = CountedKeys.Distance,
        ["miles"] = CountedKeys.Distance,
        ["mile"] = CountedKeys.Distance,
        ["metres"] = CountedKeys.Distance,
        ["meters"] = CountedKeys.Distance,
        ["feet"] = CountedKeys.Distance,
        ["ft"] = CountedKeys.Distance,
        ["yards"] = CountedKeys.Distance,
        ["hectares"] = CountedKeys.Area,
        ["acres"] = CountedKeys.Area,
        ["sq"] = CountedKeys.Area,
        ["square"] = CountedKeys.Area,
    }.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();

    private static readonly FrozenDictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> Conditions = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase)
    {
        ["critical"] = "critical condition",
        ["serious"] = "serious condition",
        ["stable"] = "stable condition",
        ["grave"] = "critical condition",
        ["fair"] = "fair condition",
        ["good"] = "good condition",
    }.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> AdminUnits = new[]
    {
        "province", "region", "district", "state", "county", "prefecture", "governorate", "municipality", "department", "oblast",
        "city", "town", "village", "valley", "area", "island", "islands",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>
    /// A person's age, not a count: "a 23-year-old", "23 years old", "aged 23", "ages 15, 18 and 22", "Smith, 23, of …",
    /// "Smith (23)".
    /// </summary>
    private bool IsAge(int first, int j, int end, int head)
    {
        // "a 15-year-old", "15 years old"; "a 10-year deal" and "an eight-year offer" are durations, not ages.
        if ((IsPunct(end + 1, '-') && IsAgeUnit(end + 2) && (IsOld(end + 3) || (IsPunct(end + 3, '-') && IsOld(end + 4))))
            || (IsAgeUnit(end + 1) && (Is(end + 2, "old") || (IsPunct(end + 2, '-') && Is(end + 3, "old")))))
        {
            return true;
        }

        if (Is(first - 1, "aged") || Is(first - 1, "age") || Is(first - 1, "ages") || (Is(first - 1, "of") && Is(first - 2, "age")))
        {
            return true;
        }

        if (StatedAge(first, end))
        {
            return true;
        }

        if (head >= 0 || !IsNumber(j) || first != j || Suffix(j).Length > 0)
        {
            return false;
        }

        // "who will turn 29 in April", "she turned 90 last week": what a person turns is an age.
        if ((Is(first - 1, "turn") || Is(first - 1, "turns") || Is(first - 1, "turned") || Is(first - 1, "turning")) && ParseDigits(Digits(j)) is > 0 and < 120)
        {
            return true;
        }

        if (_found.Count > 0 && _found[^1].Counted == CountedKeys.Age && (IsPunct(first - 1, ',') || Is(first - 1, "and")))
        {
            var gap = _tokens[first].Start - _found[^1].Span.End;
            if (gap <= 6)
            {
                return true; // "ages 15, 18, and 22", "two men, 27 and 32"
            }
        }

        var named = IsWord(first - 2) && (char.IsUpper(_text[_tokens[first - 2].Start]) || CountedLexicon.Person.TryGetValue(Span(first - 2), out _) || CountedLexicon.People.TryGetValue(Span(first - 2), out _));
        var closes = IsPunct(end + 1, ',') || IsPunct(end + 1, ')') || Is(end + 1, "and") || Is(end + 1, "of") || IsPunct(end + 1, '.') || IsPunct(end + 1, ';');
        return named && closes && (IsPunct(first - 1, ',') || IsPunct(first - 1, '(')) && ParseDigits(Digits(j)) is > 0 and < 110;
    }

    /// <summary>"both 51," after names; "who was 18 at the time"; "the retirement age to 69"; "58 and older".</summary>
    private bool StatedAge(int first, int end)
    {
        var closes = IsPunct(end + 1, ',') || IsPunct(end + 1, '.') || IsPunct(end + 1, ';');
        return (Is(first - 1, "both") && IsPunct(first - 2, ',') && closes)
            || ((Is(first - 1, "was") || Is(first - 1, "is")) && Is(end + 1, "at") && Is(end + 2, "the") && Is(end + 3, "time"))
            || (Is(first - 1, "to") && Is(first - 2, "age"))
            || ((Is(end + 1, "and") || Is(end + 1, "or")) && (Is(end + 2, "older") || Is(end + 2, "younger") || Is(end + 2, "over")) && (Is(first - 1, "are") || Is(first - 1, "aged") || Is(first - 1, "were")));
    }

    private bool IsOld(int k) => IsWord(k) && Span(k).StartsWith("old", StringComparison.OrdinalIgnoreCase) && Span(k).Length <= 5;

    private bool IsAgeUnit(int k) => Is(k, "year") || Is(k, "years") || Is(k, "month") || Is(k, "months") || Is(k, "week") || Is(k, "weeks") || Is(k, "yr") || Is(k, "yrs");

    /// <summary>
    /// "in Al Haouz province", "in the province of Idlib", "in Hatay" after an administrative word: the place a figure is
    /// restricted to, read within the count's clause. A place named without such a word is where the event happened, not a part of it.
    /// </summary>
    private string? PlaceScopeAfter(int k)
    {
        for (var m = k; m < Count && m < k + 10 && !IsClauseBreak(m) && !ParagraphBreakBefore(m); m++)
        {
            if (!Is(m, "in") && !Is(m, "across"))
            {
                continue;
            }

            var n = Is(m + 1, "the") ? m + 2 : m + 1;
            if (IsWord(n) && AdminUnits.TryGetValue(Span(n), out _) && Is(n + 1, "of") && IsCapitalised(n + 2))
            {
                var nameEnd = CapitalisedRun(n + 2);
                return _text[_tokens[n].Start.._tokens[nameEnd].End];
            }

            if (IsCapitalised(n))
            {
                var nameEnd = CapitalisedRun(n);
                if (IsWord(nameEnd + 1) && AdminUnits.TryGetValue(Span(nameEnd + 1), out _) && !Is(nameEnd + 1, "city") && !Is(nameEnd + 1, "area"))
                {
                    return _text[_tokens[n].Start.._tokens[nameEnd + 1].End];
                }
            }
        }

        return null;
    }

    private bool IsCapitalised(int i) => IsWord(i) && char.IsUpper(_text[_tokens[i].Start]);

    private int CapitalisedRun(int i)
    {
        var end = i;
        while (end + 1 < Count && end < i + 3 && IsCapitalised(end + 1) && !AdminUnits.TryGetValue(Span(end + 1), out _) && _tokens[end].End + 1 >= _tokens[end + 1].Start)
        {
            end++;
        }

        return end;
    }
}
