using System.Collections.Frozen;

namespace Triangulate.Nlp.Quantities;

/// <summary>
/// A place's population: "Qeshm island, home to 120,000 people", "Bandar Abbas, a city of 500,000 people", "The island,
/// which has about 200,000 residents", "Qeshm is Iran's largest island …, with a population of 120,000". The count is
/// `people` with the scope "population of &lt;Place&gt;" (docs/figures.md), so two outlets' populations of one place form a
/// track and other people counts stay apart. "the island" is the island the article named last ("Qeshm Island");
/// with no named place the figure keeps no scope.
/// </summary>
internal sealed partial class QuantityReader
{
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> PlaceNouns = Set(
        "island", "city", "town", "village", "country", "nation", "province", "region", "state", "county", "district", "capital", "port");

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Inhabitants = Set("people", "residents", "inhabitants", "persons");

    /// <summary>"population of Qeshm" when the count at <paramref name="first"/> is a place's population, else null.</summary>
    private string? PopulationScope(int first, int head)
    {
        if (head >= 0 && !(IsWord(head) && Inhabitants.TryGetValue(Span(head), out _)))
        {
            return null;
        }

        var k = first - 1;
        int comma;
        if (Is(k, "of") && Is(k - 1, "population"))
        {
            k -= 2; // "a population of 120,000" needs no noun
            k -= Is(k, "a") ? 1 : 0;
            if (Is(k, "with") && CopulaSubject(k) is { } subject)
            {
                return "population of " + subject; // "Qeshm is Iran's largest island …, with a population of …"
            }

            k -= Is(k, "with") || Is(k, "has") || Is(k, "had") ? 1 : 0;
            comma = k;
        }
        else if (head < 0)
        {
            return null;
        }
        else if (Is(k, "to") && Is(k - 1, "home"))
        {
            comma = AntecedentComma(k - 2);
        }
        else if (Is(k, "of") && IsWord(k - 1) && PlaceNouns.TryGetValue(Span(k - 1), out _) && (Is(k - 2, "a") || Is(k - 2, "an")))
        {
            comma = k - 3; // "Bandar Abbas, a city of 500,000 people"
        }
        else if (Is(k, "has") && Is(k - 1, "which"))
        {
            comma = k - 2; // "The island, which has about 200,000 residents"
        }
        else
        {
            return null;
        }

        return PlaceBefore(comma) is { } place ? "population of " + place : null;
    }

    /// <summary>The comma before "which" whose antecedent a coordinated "… and is home to" still describes, or k when "home to" follows the comma.</summary>
    private int AntecedentComma(int k)
    {
        if (IsPunct(k, ','))
        {
            return k;
        }

        for (var m = k; m >= 0 && m > k - 25 && !IsSentenceEnd(m); m--)
        {
            if (Is(m, "which") && IsPunct(m - 1, ','))
            {
                return m - 1;
            }
        }

        return -1;
    }

    /// <summary>The place named right before the comma at <paramref name="comma"/>: "Qeshm island", "Bandar Abbas", or "the island" resolved.</summary>
    private string? PlaceBefore(int comma)
    {
        if (!IsPunct(comma, ','))
        {
            return null;
        }

        var end = comma - 1;
        if (IsWord(end) && PlaceNouns.TryGetValue(Span(end), out _))
        {
            if (Is(end - 1, "the") || Is(end - 1, "this"))
            {
                return NamedBefore(end); // "the island" is the island the article named last
            }

            end--; // "Qeshm island"
        }

        return Name(end);
    }

    /// <summary>The capitalised words ending at <paramref name="end"/> ("Bandar Abbas"), or null.</summary>
    private string? Name(int end)
    {
        var start = end;
        while (start >= 0 && start > end - 3 && IsNameWord(start) && !Is(start, "The"))
        {
            start--;
        }

        return start == end ? null : _text[_tokens[start + 1].Start.._tokens[end].End];
    }

    // A capitalised word that is not a function word opening a sentence ("On", "The").
    private bool IsNameWord(int i) => IsCapitalised(i) && !(i > 0 && IsSentenceEnd(i - 1) && Stop.TryGetValue(Span(i), out _));

    /// <summary>The name of the last "&lt;Name&gt; island" or "island of &lt;Name&gt;" before the place noun at <paramref name="noun"/>.</summary>
    private string? NamedBefore(int noun)
    {
        var word = Span(noun).ToString();
        for (var m = noun - 2; m >= 1; m--)
        {
            if (!Is(m, word))
            {
                continue;
            }

            if (Name(m - 1) is { } before)
            {
                return before;
            }

            if (Is(m + 1, "of") && IsNameWord(m + 2))
            {
                var last = m + 2;
                while (last + 1 < Count && last < m + 4 && IsNameWord(last + 1))
                {
                    last++;
                }

                return _text[_tokens[m + 2].Start.._tokens[last].End];
            }
        }

        return null;
    }

    /// <summary>"Qeshm is Iran's largest island in the Persian Gulf, with …": the named subject of a copula that opens the sentence.</summary>
    private string? CopulaSubject(int with)
    {
        if (!IsPunct(with - 1, ','))
        {
            return null;
        }

        var start = with - 1;
        while (start > 0 && !IsSentenceEnd(start - 1) && start > with - 30)
        {
            start--;
        }

        var copula = start;
        while (copula < with && IsNameWord(copula))
        {
            copula++;
        }

        return copula > start && (Is(copula, "is") || Is(copula, "was")) ? _text[_tokens[start].Start.._tokens[copula - 1].End] : null;
    }
}
