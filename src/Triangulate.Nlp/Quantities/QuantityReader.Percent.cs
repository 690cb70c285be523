using System.Collections.Frozen;

namespace Triangulate.Nlp.Quantities;

/// <summary>
/// A percentage that measures a named subject's change: "Greek stocks plunged 5.4 per cent", "Greek stocks closed down
/// 3.9 percent". Its scope is the subject ("greek stocks"), so two outlets' changes of one subject form a track; a
/// percentage with no such subject keeps no scope and has no track (the key alone does not say which share it is).
/// </summary>
internal sealed partial class QuantityReader
{
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> ChangeVerbs = Set(
        "fell", "rose", "plunged", "dropped", "slid", "climbed", "gained", "lost", "jumped", "tumbled", "sank", "surged", "declined",
        "increased", "decreased", "soared", "slumped", "plummeted", "dipped", "grew", "shrank", "fall", "rise", "falls", "rises");

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Pronouns = Set(
        "it", "they", "which", "that", "this", "these", "those", "he", "she", "we", "who", "what", "there");

    /// <summary>The subject whose change the percentage at <paramref name="first"/> measures, lower-cased, or null.</summary>
    private string? ChangeSubject(int first)
    {
        var v = first - 1;
        if (Is(v, "by"))
        {
            v--; // "fell by 5 percent"
        }

        if ((Is(v, "down") || Is(v, "up")) && (Is(v - 1, "closed") || Is(v - 1, "ended") || Is(v - 1, "finished")))
        {
            v--; // "closed down 3.9 percent"
        }
        else if (!(IsWord(v) && ChangeVerbs.TryGetValue(Span(v), out _)))
        {
            return null;
        }

        var end = v - 1;
        while (end >= 0 && IsWord(end) && IsAdverb(end))
        {
            end--; // "stocks sharply fell"
        }

        var start = end;
        while (start >= 0 && start > end - 4 && IsWord(start) && !Stop.TryGetValue(Span(start), out _) && !Pronouns.TryGetValue(Span(start), out _)
            && CountedLexicon.PredicateKey(Span(start)) is null)
        {
            start--;
        }

        // The subject needs a noun head that is not a pronoun and words of its own, not the tail of a longer clause.
        return start == end || !(start < 0 || !IsWord(start) || Stop.TryGetValue(Span(start), out _) || Pronouns.TryGetValue(Span(start), out _))
            ? null
            : _text[_tokens[start + 1].Start.._tokens[end].End].ToLowerInvariant();
    }
}
