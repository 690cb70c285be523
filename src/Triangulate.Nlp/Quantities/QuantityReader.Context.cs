using System.Collections.Frozen;

namespace Triangulate.Nlp.Quantities;

/// <summary>What a count counts and what happened to it: the noun after the number and the nearest predicate.</summary>
internal sealed partial class QuantityReader
{
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Stop = Set(
        "of", "in", "at", "to", "from", "and", "or", "who", "which", "that", "were", "was", "have", "has", "had", "been", "being",
        "are", "is", "be", "on", "for", "with", "by", "as", "than", "per", "a", "an", "the", "its", "their", "his", "her", "it",
        "they", "he", "she", "said", "says", "this", "these", "those", "will", "would", "could", "may", "might", "can", "not",
        "into", "over", "under", "after", "before", "since", "during", "while", "when", "where", "but", "also", "each", "all",
        "reuter", "reuters");

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Auxiliaries = Set(
        "were", "was", "have", "has", "had", "been", "being", "are", "is", "be", "reportedly", "also", "all", "now", "already",
        "still", "allegedly", "believed", "thought", "said", "reported", "to");

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Participles = Set(
        "killed", "dead", "died", "wounded", "injured", "hurt", "arrested", "detained", "released", "freed", "removed", "deported",
        "deployed", "destroyed", "displaced", "held", "taken", "sent", "shot", "lost", "missing", "fled", "captured", "kidnapped",
        "rescued", "evacuated", "mobilized", "mobilised", "stationed", "seized", "sunk", "struck", "hit", "executed", "sentenced",
        "charged", "convicted", "jailed", "expelled", "returned", "affected", "infected", "hospitalized", "hospitalised", "left",
        "employed", "hired", "fired", "sold", "bought", "raised", "paid", "spent", "cut", "added", "rose", "fell", "dropped",
        "increased", "decreased", "gained", "grew", "shipped", "produced", "neutralised", "neutralized", "targeted", "sank",
        // Death verbs that follow a bare number: "174 drowned", "40 perished".
        "drowned", "perished", "slain", "murdered", "massacred");

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> EventNouns = Set(
        "release", "deaths", "death", "killing", "arrest", "arrests", "deployment", "toll", "return", "removal", "deportation");

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> AmountNouns = Set(
        "reward", "bounty", "fine", "budget", "aid",
        "deal", "contract", "loan", "price", "cost", "costs", "salary", "revenue", "revenues", "profit", "profits", "sales", "tax",
        "funding", "investment", "bail", "ransom", "compensation", "damages", "bonus", "toll", "tariff", "tariffs", "debt", "deficit",
        "surplus", "growth", "inflation", "rate", "unemployment", "share", "stake", "turnout", "support", "approval", "rise", "fall",
        "increase", "decline", "drop", "loss", "losses", "income", "earnings", "dividend", "offer", "bid", "fee", "fees", "wage");

    private static readonly HashSet<string> BoundPrefixes = new(StringComparer.OrdinalIgnoreCase) { "co", "ex", "non", "step", "self" };

    private static FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Set(params string[] words) =>
        words.ToFrozenSet(StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>
    /// The head of the noun phrase after a count: the first plural-looking word of the next few words
    /// ("seven US citizens" → citizen), else the last word before a function word. Lemmatised lightly.
    /// </summary>
    private (string? Noun, int End) CountedNoun(int k)
    {
        var lastWord = -1;
        for (var i = k; i < Count && i < k + 4; i++)
        {
            // "co-workers"; and "co - workers" as a detokeniser writes it (ECB+), where a bound prefix cannot end the noun.
            if (IsPunct(i, '-') && ((Touch(i - 1) && Touch(i)) || (IsWord(i - 1) && BoundPrefixes.Contains(Span(i - 1).ToString()))))
            {
                continue;
            }

            // "26 Somali crew onboard": where they were ends the noun phrase, as a participle does.
            if (!IsWord(i) || ParagraphBreakBefore(i) || Stop.TryGetValue(Span(i), out _) || Participles.TryGetValue(Span(i), out _) || IsAdverb(i) || Is(i, "aboard") || Is(i, "onboard"))
            {
                break;
            }

            lastWord = i;
            if (LooksPlural(Span(i)))
            {
                return (Lemma(Span(i)), i);
            }
        }

        return lastWord < 0 ? (null, k - 1) : (Lemma(Span(lastWord)), lastWord);
    }

    // "the 14 initially reported": an adverb ends the noun phrase.
    private bool IsAdverb(int i) => Span(i).Length > 4 && Span(i).EndsWith("ly", StringComparison.OrdinalIgnoreCase) && char.IsLower(_text[_tokens[i].Start]);

    /// <summary>A blank line or an indented new line before token i: wire copy wraps lines, so a single newline is no break.</summary>
    private bool ParagraphBreakBefore(int i)
    {
        if (i == 0 || !_tokens[i].NewlineBefore)
        {
            return false;
        }

        var gap = _text.AsSpan(_tokens[i - 1].End, _tokens[i].Start - _tokens[i - 1].End);
        var newline = gap.LastIndexOf('\n');
        return gap.Count('\n') > 1 || gap.Length - newline - 1 >= 3;
    }

    private static bool LooksPlural(ReadOnlySpan<char> w) =>
        w.Length > 3 && (w[^1] is 's' or 'S') && !w.EndsWith("ss", StringComparison.OrdinalIgnoreCase) && !w.EndsWith("us", StringComparison.OrdinalIgnoreCase) && !w.EndsWith("is", StringComparison.OrdinalIgnoreCase)
        || w.Equals("people", StringComparison.OrdinalIgnoreCase) || w.Equals("children", StringComparison.OrdinalIgnoreCase)
        || w.Equals("men", StringComparison.OrdinalIgnoreCase) || w.Equals("women", StringComparison.OrdinalIgnoreCase)
        || w.Equals("police", StringComparison.OrdinalIgnoreCase) || w.Equals("personnel", StringComparison.OrdinalIgnoreCase);

    /// <summary>A light singular: "citizens" → "citizen", "casualties" → "casualty"; "people" stays (it is how counts are reported).</summary>
    internal static string Lemma(ReadOnlySpan<char> w)
    {
        // Capitalised plurals after a count are mostly nationalities ("six Americans"): keep their case.
        var s = char.IsUpper(w[0]) && w.Length > 1 && char.IsLower(w[1]) ? w.ToString() : w.ToString().ToLowerInvariant();
        if (s.Length <= 3 || !LooksPlural(s) || s is "people" or "police" or "personnel" or "news" or "series" or "species")
        {
            return s;
        }

        if (s is "children")
        {
            return "child";
        }

        if (s is "men" or "women")
        {
            return s[..^2] + "an";
        }

        if (s.EndsWith("ies", StringComparison.Ordinal))
        {
            return s[..^3] + "y";
        }

        if (s.EndsWith("ches", StringComparison.Ordinal) || s.EndsWith("shes", StringComparison.Ordinal) || s.EndsWith("sses", StringComparison.Ordinal) || s.EndsWith("xes", StringComparison.Ordinal))
        {
            return s[..^2];
        }

        return s[..^1];
    }

    /// <summary>"(were|have been) killed", "being destroyed", "killed in the strike" after the counted noun.</summary>
    private string? PredicateAfter(int k)
    {
        var i = k;
        var guard = k + 4;
        while (i < Count && i < guard && IsWord(i) && Auxiliaries.TryGetValue(Span(i), out _) && !Participles.TryGetValue(Span(i), out _))
        {
            i++;
        }

        if (!IsWord(i) || !IsVerbLike(i))
        {
            return null;
        }

        return PhraseFrom(i);
    }

    /// <summary>"five per cent of drugs produced in Colombia" → "of drugs produced in Colombia" (at most four words after "of").</summary>
    private string? OfPhrase(int k)
    {
        if (!Is(k, "of") || !IsWord(k + 1))
        {
            return null;
        }

        var end = k + 1;
        for (var i = k + 1; i < Count && i <= k + 4 && IsWord(i) && !ParagraphBreakBefore(i); i++)
        {
            if (i > k + 1 && (Is(i, "and") || Is(i, "which") || Is(i, "that") || Is(i, "were") || Is(i, "was") || Is(i, "are") || Is(i, "is")))
            {
                break;
            }

            end = i;
        }

        while (end > k + 1 && Stop.TryGetValue(Span(end), out _))
        {
            end--;
        }

        return _text[_tokens[k].Start.._tokens[end].End];
    }

    /// <summary>A verb or event noun directly before the count: "killed 11 people", "the release of seven".</summary>
    private string? PredicateRightBefore(int start)
    {
        var k = start - 1;
        if (IsWord(k) && IsVerbLike(k))
        {
            return Span(k).ToString().ToLowerInvariant();
        }

        if (Is(k, "of") && IsWord(k - 1) && EventNouns.TryGetValue(Span(k - 1), out _))
        {
            return Span(k - 1).ToString().ToLowerInvariant();
        }

        return null;
    }

    /// <summary>"killed 11", "released six Americans", "the release of seven", "reward ... to $50 million".</summary>
    private string? PredicateBefore(int start, bool amount)
    {
        // For money and percentages the noun naming the amount ("reward") beats a nearer verb ("rose");
        // for counts a verb right before the number ("released six") comes first.
        if (!amount)
        {
            for (var i = start - 1; i >= 0 && i >= start - 3 && !IsClauseBreak(i); i--)
            {
                if (IsWord(i) && IsVerbLike(i))
                {
                    return Span(i).ToString().ToLowerInvariant();
                }
            }
        }

        var nouns = amount ? AmountNouns : EventNouns;
        for (var i = start - 1; i >= 0 && i >= start - 12; i--)
        {
            if (IsClauseBreak(i) && !IsPunct(i, ','))
            {
                break;
            }

            if (IsWord(i) && nouns.TryGetValue(Span(i), out _))
            {
                return Span(i).ToString().ToLowerInvariant();
            }
        }

        return null;
    }

    private bool IsVerbLike(int i)
    {
        var w = Span(i);
        return Participles.TryGetValue(w, out _) || (w.Length > 4 && w.EndsWith("ed", StringComparison.OrdinalIgnoreCase) && char.IsLower(w[0]))
            || Is(i, "includes") || Is(i, "include") || Is(i, "including");
    }

    /// <summary>The predicate word and a short prepositional tail ("killed in the strike"), at most five words.</summary>
    private string PhraseFrom(int i)
    {
        var end = i;
        if (Is(i + 1, "in") || Is(i + 1, "by") || Is(i + 1, "from") || Is(i + 1, "on") || Is(i + 1, "at"))
        {
            for (var k = i + 1; k < Count && k <= i + 4 && IsWord(k); k++)
            {
                end = k;
            }

            if (Stop.TryGetValue(Span(end), out _))
            {
                end = i;
            }
        }

        return _text[_tokens[i].Start.._tokens[end].End];
    }
}
