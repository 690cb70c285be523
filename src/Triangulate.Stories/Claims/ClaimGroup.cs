namespace Triangulate.Stories.Claims;

/// <summary>The statements of several articles that say the same thing; the first member is the earliest.</summary>
public sealed class ClaimGroup
{
    /// <summary>
    /// Fewest words a statement must share, word for word and in order, with another outlet's statement for the two to
    /// count as one text copied (agency copy run by two outlets) rather than two reports. Two reporters do not write
    /// eight identical words in a row in their own words. Quotations are left out: two reporters who heard the same
    /// speaker write the same words, and that is two witnesses.
    /// </summary>
    public const int CopiedRunWords = 8;

    public List<ClaimCandidate> Members { get; } = [];

    public ClaimCandidate First => Members[0];

    /// <summary>Distinct sources among the supporting statements: lineages, with a statement that relays another
    /// outlet counted as that outlet's (<see cref="ClaimCandidate.Source"/>), sources whose statements here are
    /// one text copied (one holds the other word for word, <see cref="CopiedRunWords"/> words or more, no quotation)
    /// counted once, and the lineages of one newsroom (<see cref="ClaimCandidate.Newsroom"/>: an agency's reports of
    /// several days, each a lineage of its own) counted once;
    /// never the article count.</summary>
    public int IndependentSources
    {
        get
        {
            var sources = Members.Select(m => m.Source).Distinct(StringComparer.Ordinal).ToList();
            if (sources.Count < 2)
            {
                return sources.Count;
            }

            var root = sources.ToDictionary(s => s, s => s, StringComparer.Ordinal);
            string Find(string s) => root[s] == s ? s : root[s] = Find(root[s]);
            for (var i = 0; i < Members.Count; i++)
            {
                for (var j = i + 1; j < Members.Count; j++)
                {
                    if (Members[i].Source != Members[j].Source
                        && (SameNewsroom(Members[i], Members[j])
                            || (!Members[i].HasQuotation && !Members[j].HasQuotation && IsCopy(Members[i].Stems, Members[j].Stems))))
                    {
                        root[Find(Members[j].Source)] = Find(Members[i].Source);
                    }
                }
            }

            return sources.Select(Find).Distinct(StringComparer.Ordinal).Count();
        }
    }

    private static bool SameNewsroom(ClaimCandidate a, ClaimCandidate b) =>
        a.Newsroom is not null && string.Equals(a.Newsroom, b.Newsroom, StringComparison.Ordinal);

    /// <summary>Set by the aligner when members give different figures for the same counted thing.</summary>
    public bool HasNumericDisagreement { get; set; }

    /// <summary>True when the statements are voiced by a speaker rather than the outlet.</summary>
    public bool IsAttributed() => First.IsAttributed;

    /// <summary>True when the shorter statement, of <see cref="CopiedRunWords"/> words or more, lies word for word inside
    /// the longer ("… evacuated the building." inside "… evacuated the building, about 15 miles north of Detroit.").</summary>
    public static bool IsCopy(IReadOnlyList<string> a, IReadOnlyList<string> b)
    {
        var (shorter, longer) = a.Count <= b.Count ? (a, b) : (b, a);
        if (shorter.Count < CopiedRunWords)
        {
            return false;
        }

        for (var start = 0; start + shorter.Count <= longer.Count; start++)
        {
            var k = 0;
            while (k < shorter.Count && string.Equals(shorter[k], longer[start + k], StringComparison.Ordinal))
            {
                k++;
            }

            if (k == shorter.Count)
            {
                return true;
            }
        }

        return false;
    }
}
