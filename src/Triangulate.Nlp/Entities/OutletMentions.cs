using Triangulate.Core.Annotations;
using Triangulate.Core.Model;

namespace Triangulate.Nlp.Entities;

/// <summary>
/// Adds the outlets the tagger missed: a capitalised word standing where outlets stand ("told Semafor", "Semafor
/// detailed that…", <see cref="OutletFrames"/>) becomes an ORG mention when it is one word on its own (no capitalised
/// neighbour making it part of a longer name), not a word of the language (it is never written in lower case in the
/// article, news at large mostly writes it in lower case — "Rescuers reported that…" — and it is no pronoun, weekday or
/// month), and no person's name in the article (no PERSON mention holds it).
/// A small post-pass; the tagger's own mentions are never changed.
/// </summary>
internal static class OutletMentions
{
    private static readonly HashSet<string> NotNames = new(StringComparer.OrdinalIgnoreCase)
    {
        "he", "she", "it", "they", "we", "i", "you", "him", "her", "them", "us", "me", "this", "that", "these", "those", "there", "who", "officials",
        "police", "witnesses", "residents", "analysts", "experts", "sources", "investigators", "authorities", "reports",
        "critics", "researchers", "scientists", "doctors", "prosecutors", "lawyers", "officers", "media", "local", "state",
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january", "february", "march",
        "april", "may", "june", "july", "august", "september", "october", "november", "december", "today", "yesterday",
    };

    public static List<EntityMention> Add(string text, IReadOnlyList<Token> tokens, List<EntityMention> mentions, WordClusters words)
    {
        List<EntityMention>? added = null;
        for (var i = 0; i < tokens.Count; i++)
        {
            var span = tokens[i].Span;
            if (!IsCandidate(text, span) || Covered(mentions, span) || Capitalised(text, tokens, i - 1, allowThe: true) || Capitalised(text, tokens, i + 1, allowThe: false)
                || !OutletFrames.IsOutletFrame(text, span))
            {
                continue;
            }

            var word = text.Substring(span.Start, span.Length);
            if (NotNames.Contains(word) || EntityStage.NotNames.Contains(word) || MostlyLowerCase(words, word) || WrittenInLowerCase(text, word)
                || InPersonName(text, mentions, word))
            {
                continue;
            }

            (added ??= []).Add(new EntityMention(span, EntityTypes.Organization));
        }

        if (added is null)
        {
            return mentions;
        }

        var result = new List<EntityMention>(mentions.Count + added.Count);
        result.AddRange(mentions);
        result.AddRange(added);
        result.Sort((a, b) => a.Span.Start.CompareTo(b.Span.Start));
        return result;
    }

    private static bool IsCandidate(string text, TextSpan span)
    {
        if (span.Length < 3 || !char.IsUpper(text[span.Start]))
        {
            return false;
        }

        for (var k = span.Start; k < span.End; k++)
        {
            if (!char.IsLetter(text[k]))
            {
                return false;
            }
        }

        return true;
    }

    private static bool Covered(List<EntityMention> mentions, TextSpan span)
    {
        foreach (var m in mentions)
        {
            if (m.Span.Start < span.End && span.Start < m.Span.End)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The token at <paramref name="i"/> starts with a capital (a sentence-opening "The" aside when allowed).</summary>
    private static bool Capitalised(string text, IReadOnlyList<Token> tokens, int i, bool allowThe)
    {
        if (i < 0 || i >= tokens.Count)
        {
            return false;
        }

        var span = tokens[i].Span;
        if (!char.IsUpper(text[span.Start]))
        {
            return false;
        }

        return !(allowThe && span.Length == 3 && string.Equals(text.Substring(span.Start, 3), "The", StringComparison.Ordinal));
    }

    /// <summary>Unlabelled news writes the word in lower case at least seven times in ten: a word of the language
    /// ("Rescuers"), whatever its capital at a sentence start. A rare or unknown word (a new outlet's name) passes.</summary>
    private static bool MostlyLowerCase(WordClusters words, string word)
    {
        var bin = words.CapitalisationBin(FeatureHash.OfLower(word));
        return bin is 1 or 2;
    }

    private static bool WrittenInLowerCase(string text, string word)
    {
        var lower = word.ToLowerInvariant();
        var at = text.IndexOf(lower, StringComparison.Ordinal);
        while (at >= 0)
        {
            var startsWord = at == 0 || !char.IsLetter(text[at - 1]);
            var endsWord = at + lower.Length >= text.Length || !char.IsLetter(text[at + lower.Length]);
            if (startsWord && endsWord)
            {
                return true;
            }

            at = text.IndexOf(lower, at + 1, StringComparison.Ordinal);
        }

        return false;
    }

    private static bool InPersonName(string text, List<EntityMention> mentions, string word)
    {
        foreach (var m in mentions)
        {
            if (m.Type == EntityTypes.Person && text.AsSpan(m.Span.Start, m.Span.Length).Contains(word, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }
}
