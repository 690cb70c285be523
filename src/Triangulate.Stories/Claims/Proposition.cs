using Triangulate.Stories.Clustering;

namespace Triangulate.Stories.Claims;

/// <summary>
/// Whether two similar statements can state the same proposition: word overlap finds candidates, these checks
/// reject pairs whose arguments disagree. Sharing a place name is not enough ("ambulances took the injured to St.
/// Brigid's" against "the mayor spent the morning at St. Brigid's"): the statements must share content words
/// outside the names; they must not name disjoint sets of people and organisations; they must not write out
/// different days. Different figures for the same thing do not block alignment: that is a conflict, which the group
/// records (<see cref="ClaimGroup.HasNumericDisagreement"/>). A negation check was tried and left out: on BASIL dev
/// it split paraphrases ("never offered" / "was not the case") more often than it caught a contrary pair.
/// </summary>
public static class Proposition
{
    /// <summary>Content words (not names, not function words) two statements of one proposition share at least.</summary>
    public const int MinimumSharedContent = 2;

    /// <summary>A score at which two statements are the same words (a quotation mostly of names needs no content
    /// check). BASIL dev: 0.55 aligned one more pair than 0.6, with no error.</summary>
    public const double NearVerbatim = 0.55;

    /// <summary>True when nothing shows that <paramref name="a"/> and <paramref name="b"/> state different propositions.</summary>
    public static bool Compatible(ClaimCandidate a, ClaimCandidate b) => Compatible(a, b, ClaimSimilarity.Score(a, b));

    /// <summary>As <see cref="Compatible(ClaimCandidate, ClaimCandidate)"/>, given their similarity. Near-verbatim
    /// statements skip the content and name checks: a quotation made mostly of names, or tagged differently in
    /// each outlet ("the Republican Party" / "the Republican party"), is still the same words.</summary>
    public static bool Compatible(ClaimCandidate a, ClaimCandidate b, double score)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        if (DifferentDays(a, b))
        {
            return false;
        }

        return score >= NearVerbatim || (SharedContent(a, b) >= MinimumSharedContent && !DisjointNames(a, b));
    }

    /// <summary>Stems both statements hold that are neither function words nor part of a name.</summary>
    public static int SharedContent(ClaimCandidate a, ClaimCandidate b)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        var count = 0;
        foreach (var stem in a.StemSet)
        {
            if (stem.Length > 2 && b.StemSet.Contains(stem) && !Stopwords.Contains(stem) && !a.Names.Contains(stem) && !b.Names.Contains(stem)
                && !a.NameWords.Contains(stem) && !b.NameWords.Contains(stem))
            {
                count++;
            }
        }

        return count;
    }

    private static bool DisjointNames(ClaimCandidate a, ClaimCandidate b) => a.Names.Count > 0 && b.Names.Count > 0 && !a.Names.Overlaps(b.Names);

    /// <summary>Both write out days, and none of them the same: "voted on June 3" is not "voted on June 5".</summary>
    private static bool DifferentDays(ClaimCandidate a, ClaimCandidate b) =>
        a.WrittenDays.Count > 0 && b.WrittenDays.Count > 0 && !a.WrittenDays.Overlaps(b.WrittenDays);
}
