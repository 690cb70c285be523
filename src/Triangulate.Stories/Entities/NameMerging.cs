using Triangulate.Core.Annotations;

namespace Triangulate.Stories.Entities;

/// <summary>The cluster merges of <see cref="EntityCanonicalizer"/>: name variants, short first names, acronyms; and the type vote.</summary>
internal static class NameMerging
{
    /// <summary>"Nicolás Maduro" joins "Nicolás Maduro Moros": same first word, all words contained in order, one candidate.</summary>
    public static void MergeContainedNames(List<List<StoryMention>> clusters)
    {
        foreach (var shorter in clusters.ToArray())
        {
            if (shorter.Count == 0 || Vote(shorter) != EntityTypes.Person)
            {
                continue;
            }

            var words = shorter[0].Words;
            var longer = clusters.Where(c => c != shorter && c.Count > 0 && c[0].Words.Length > words.Length && Vote(c) == EntityTypes.Person
                && c[0].Words[0] == words[0] && IsSubsequence(words, c[0].Words)).ToList();
            if (longer.Count == 1)
            {
                longer[0].AddRange(shorter);
                shorter.Clear();
            }
        }
    }

    private static readonly Dictionary<string, string[]> Nicknames = new(StringComparer.Ordinal)
    {
        ["bill"] = ["william"],
        ["will"] = ["william"],
        ["bob"] = ["robert"],
        ["rob"] = ["robert"],
        ["jim"] = ["james"],
        ["mike"] = ["michael"],
        ["joe"] = ["joseph"],
        ["tom"] = ["thomas"],
        ["dick"] = ["richard"],
        ["rick"] = ["richard"],
        ["ric"] = ["richard"],
        ["ted"] = ["edward"],
        ["ed"] = ["edward"],
        ["tony"] = ["anthony"],
        ["liz"] = ["elizabeth"],
        ["pete"] = ["peter"],
        ["dan"] = ["daniel"],
        ["dave"] = ["david"],
        ["steve"] = ["steven", "stephen"],
        ["chris"] = ["christopher"],
        ["alex"] = ["alexander", "alexandra"],
        ["sam"] = ["samuel"],
        ["ben"] = ["benjamin"],
        ["matt"] = ["matthew"],
        ["andy"] = ["andrew"],
        ["jack"] = ["john"],
        ["ken"] = ["kenneth"],
        ["ron"] = ["ronald"],
        ["don"] = ["donald"],
        ["hank"] = ["henry"],
        ["chuck"] = ["charles"],
        ["charlie"] = ["charles"],
        ["nick"] = ["nicholas"],
        ["kate"] = ["katherine", "catherine"],
        ["jeb"] = ["john"],
        ["nico"] = ["nicolas"],
        ["vlad"] = ["vladimir"],
    };

    /// <summary>
    /// "Ric Grenell" joins "Richard Grenell": same surname, and the first name is a known short form
    /// (or a prefix of at least three letters) of the other's — when exactly one such full name exists.
    /// </summary>
    public static void MergeShortFirstNames(List<List<StoryMention>> clusters)
    {
        foreach (var shorter in clusters.ToArray())
        {
            if (shorter.Count == 0 || shorter[0].Words.Length < 2 || Vote(shorter) != EntityTypes.Person)
            {
                continue;
            }

            var words = shorter[0].Words;
            var matches = clusters.Where(c => c != shorter && c.Count > 0 && c[0].Words.Length == words.Length && Vote(c) == EntityTypes.Person
                && c[0].Words[^1] == words[^1] && IsShortForm(words[0], c[0].Words[0])).ToList();
            if (matches.Count == 1)
            {
                matches[0].AddRange(shorter);
                shorter.Clear();
            }
        }
    }

    private static bool IsShortForm(string nick, string full) =>
        nick.Length < full.Length && ((nick.Length >= 3 && full.StartsWith(nick, StringComparison.Ordinal)) ||
            (Nicknames.TryGetValue(nick, out var fulls) && Array.IndexOf(fulls, full) >= 0));

    private static bool IsSubsequence(string[] small, string[] big)
    {
        var i = 0;
        foreach (var w in big)
        {
            if (i < small.Length && small[i] == w)
            {
                i++;
            }
        }

        return i == small.Length;
    }

    public static void MergeAcronyms(List<List<StoryMention>> clusters)
    {
        foreach (var acronym in clusters.ToArray())
        {
            if (acronym.Count == 0 || !acronym.All(m => NameNormalizer.IsAcronym(m.Surface)))
            {
                continue;
            }

            var key = acronym[0].Key;
            var expansions = clusters.Where(c => c != acronym && c.Count > 0 && c[0].Words.Length > 1 && NameNormalizer.Initials(c[0].Surface) == key).ToList();
            if (expansions.Count > 1)
            {
                // Prefer the expansion written with the acronym in brackets: "Conservative Political Action Conference (CPAC)".
                expansions = expansions.Where(c => c.Any(m => FollowedByBracketed(m, acronym[0].Surface))).ToList();
            }

            if (expansions.Count == 1)
            {
                expansions[0].AddRange(acronym);
                acronym.Clear();
            }
        }
    }

    private static bool FollowedByBracketed(StoryMention m, string acronym)
    {
        var text = m.Article.Text;
        var at = m.Span.End;
        while (at < text.Length && text[at] == ' ')
        {
            at++;
        }

        return at < text.Length && text[at] == '(' && text.AsSpan(at + 1).StartsWith(acronym, StringComparison.Ordinal);
    }

    /// <summary>
    /// The majority type of the cluster's multi-word mentions (all mentions when there are none): a bare
    /// surname is the tagger's least reliable call ("Trump" reads as a company in 1990s newswire), and it
    /// joined the cluster because of the full name anyway. Ties go to the earliest mention. A head word
    /// ("Hospital", "Lane") then has the last say (<see cref="NameHeads.Decide"/>).
    /// </summary>
    public static string Vote(List<StoryMention> cluster)
    {
        var voters = cluster.Any(m => m.Words.Length > 1) ? cluster.Where(m => m.Words.Length > 1).ToList() : cluster;
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var m in voters)
        {
            counts[m.Type] = counts.GetValueOrDefault(m.Type) + 1;
        }

        var best = counts.Values.Max();
        return NameHeads.Decide(voters.First(m => counts[m.Type] == best).Type, cluster);
    }
}
