using Triangulate.Core.Annotations;
using Triangulate.Core.Model;

namespace Triangulate.Stories.Entities;

/// <summary>
/// Mends the tagger's mentions of one article where a name was cut in pieces: "Joe St." + "Clair", "Atlantic" + "Council" (two mentions with only a space
/// between, when they are pieces of a person's name or a modifier and an organisation), and "Héctor
/// “Niño” Guerrero" (a nickname in quotes inside a person's name).
/// </summary>
internal static class MentionRepair
{
    /// <summary>Abbreviations that sit inside names and end with a dot: "St. Clair", "Mt. Hood", "Ft. Worth".</summary>
    private static readonly string[] InnerAbbreviations = ["St.", "Mt.", "Ft.", "Pt."];

    private static readonly string[] NicknameQuotes = ["\u201c\u201d", "\"\"", "''", "\u2018\u2019"];

    public static List<EntityMention> Repair(string text, IReadOnlyList<EntityMention> mentions)
    {
        var result = new List<EntityMention>(mentions.Count);
        foreach (var m in mentions.OrderBy(m => m.Span.Start))
        {
            var current = ExtendOverAbbreviation(text, m);
            if (result.Count > 0 && Joined(text, result[^1], current) is { } joined)
            {
                result[^1] = joined;
            }
            else
            {
                result.Add(current);
            }
        }

        return result;
    }

    /// <summary>"Republican-led", "Texas-based": a name turned adjective, which modifies rather than names.</summary>
    private static bool IsCompoundAdjective(string text, EntityMention m)
    {
        var dash = text.AsSpan(m.Span.Start, m.Span.Length).LastIndexOf('-');
        return dash > 0 && dash + 1 < m.Span.Length && char.IsLower(text[m.Span.Start + dash + 1]);
    }

    /// <summary>"Joe St." followed by "Clair": the capitalised word after an inner abbreviation belongs to the name.</summary>
    private static EntityMention ExtendOverAbbreviation(string text, EntityMention m)
    {
        var end = m.Span.End;
        if (!InnerAbbreviations.Any(a => m.Span.Length > a.Length && text.AsSpan(m.Span.Start, m.Span.Length).EndsWith(a, StringComparison.Ordinal))
            || end + 1 >= text.Length || text[end] != ' ' || !char.IsUpper(text[end + 1]))
        {
            return m;
        }

        var next = end + 1;
        while (next < text.Length && (char.IsLetter(text[next]) || text[next] is '-' or '\'' or '\u2019'))
        {
            next++;
        }

        return m with { Span = TextSpan.FromBounds(m.Span.Start, next) };
    }

    /// <summary>The one mention two neighbours make, or null when something other than a space or a nickname lies between.</summary>
    private static EntityMention? Joined(string text, EntityMention left, EntityMention right)
    {
        if (right.Span.Start < left.Span.End)
        {
            // Overlap (an abbreviation grew into the next mention): keep the longer reach.
            return left with { Span = TextSpan.FromBounds(left.Span.Start, Math.Max(left.Span.End, right.Span.End)) };
        }

        var gap = text.AsSpan(left.Span.End, right.Span.Start - left.Span.End);

        // Only two kinds of neighbours are one name: pieces of a person's name, and a modifier before an
        // organisation with an organisation head ("Atlantic" + "Council", "Republican" + "National
        // Committee"). Everything else is two names side by side: a title before a person ("Secretary of
        // Defense Pete Hegseth"), a state before a party member ("Arizona Republican"), an era before an
        // institution ("Nixon White House").
        var personPieces = left.Type == EntityTypes.Person && right.Type == EntityTypes.Person;
        var organisation = right.Type == EntityTypes.Organization && left.Type != EntityTypes.Person && !IsCompoundAdjective(text, left)
            && NameNormalizer.Words(text.Substring(right.Span.Start, right.Span.Length)) is [.., var head] && NameHeads.IsOrganisationHead(head);
        if (gap is " " && (personPieces || organisation))
        {
            return new EntityMention(TextSpan.FromBounds(left.Span.Start, right.Span.End), right.Type);
        }

        // "Héctor “Niño” Guerrero" is one person: the quoted nickname is either untagged (the gap is ' “Niño” ')
        // or its own mention (gaps ' “' then '” ').
        foreach (var pair in NicknameQuotes)
        {
            var (open, close) = (pair[0], pair[1]);
            var untagged = gap.Length is > 4 and < 30 && gap[0] == ' ' && gap[1] == open && gap[^1] == ' ' && gap[^2] == close
                && char.IsUpper(gap[2]) && !gap[2..^2].ContainsAny(' ', '.', ',');
            var opening = gap.Length == 2 && gap[0] == ' ' && gap[1] == open && right.Span.End + 2 < text.Length && text[right.Span.End] == close
                && text[right.Span.End + 1] == ' ' && char.IsUpper(text[right.Span.End + 2]);
            var closing = gap.Length == 2 && gap[0] == close && gap[1] == ' ' && text.AsSpan(left.Span.Start, left.Span.Length).Contains(open);
            if (untagged || opening || closing)
            {
                return new EntityMention(TextSpan.FromBounds(left.Span.Start, right.Span.End), EntityTypes.Person);
            }
        }

        return null;
    }
}
