using Triangulate.Stories.Clustering;

namespace Triangulate.Stories.Claims;

/// <summary>
/// Whether two similar statements can state the same proposition: word overlap finds candidates, these checks
/// reject pairs whose arguments or polarity disagree. Sharing a place name is not enough ("ambulances took the
/// injured to St. Brigid's" against "the mayor spent the morning at St. Brigid's"): the statements must share
/// content words outside the names; they must not name disjoint sets of people and organisations; they must not
/// write out different days. Different figures for the same thing do
/// not block alignment: that is a conflict, which the group records (<see cref="ClaimGroup.HasNumericDisagreement"/>).
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

    public static string Explain(ClaimCandidate a, ClaimCandidate b) =>
        $"cdice {ContentDice(a, b):F2} cmin {ContentCover(a, b):F2} shared {SharedContent(a, b)} disjoint {DisjointNames(a, b)} [{string.Join(",", a.Names)}|{string.Join(",", b.Names)}] days {DifferentDays(a, b)} [{string.Join(",", a.Dates)}|{string.Join(",", b.Dates)}] score {ClaimSimilarity.Score(a, b):F2} attr {a.IsAttributed}/{b.IsAttributed} spk {a.Speaker}/{b.Speaker}";

    private static readonly HashSet<string> Light = new(StringComparer.Ordinal)
    {
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "today", "yesterday", "week", "month", "year",
        "said", "say", "told", "tell", "add", "statement", "according", "report", "interview", "also", "would", "could", "just",
    };

    public static HashSet<string> Content(ClaimCandidate c)
    {
        var set = new HashSet<string>(StringComparer.Ordinal);
        foreach (var stem in c.StemSet)
        {
            if (stem.Length > 2 && !Stopwords.Contains(stem) && !c.NameWords.Contains(stem) && !Light.Contains(stem) && !char.IsDigit(stem[0]))
            {
                set.Add(stem);
            }
        }

        return set;
    }

    public static double ContentDice(ClaimCandidate a, ClaimCandidate b)
    {
        var x = Content(a);
        var y = Content(b);
        if (x.Count + y.Count == 0) return 0;
        var n = 0;
        foreach (var w in x) n += y.Contains(w) ? 1 : 0;
        return 2.0 * n / (x.Count + y.Count);
    }

    public static double ContentCover(ClaimCandidate a, ClaimCandidate b)
    {
        var x = Content(a);
        var y = Content(b);
        if (x.Count == 0 || y.Count == 0) return 0;
        var n = 0;
        foreach (var w in x) n += y.Contains(w) ? 1 : 0;
        return (double)n / Math.Min(x.Count, y.Count);
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
