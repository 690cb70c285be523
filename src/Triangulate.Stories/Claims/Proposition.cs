using System.Text.RegularExpressions;
using Triangulate.Stories.Clustering;
using Triangulate.Stories.Lineage;

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
        if (DifferentDays(a, b) || DifferentWeekdays(a, b))
        {
            return false;
        }

        return score >= NearVerbatim || (!DisjointNames(a, b) && (SharedContent(a, b) >= MinimumSharedContent || SharedQuotation(a, b)));
    }

    /// <summary>Words in a row that two statements must both hold inside quotation marks to quote one utterance.</summary>
    public const int MinimumQuotedRun = 5;

    /// <summary>
    /// True when both statements quote the same words, <see cref="MinimumQuotedRun"/> of them in a row ("We're just here
    /// for a project" and "we're just here for a project... we're just students"): they report one utterance, however
    /// few content words the quotation holds.
    /// </summary>
    public static bool SharedQuotation(ClaimCandidate a, ClaimCandidate b)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        if (!a.HasQuotation || !b.HasQuotation)
        {
            return false;
        }

        var quotedB = Quoted(b.Text);
        foreach (var segment in Quoted(a.Text))
        {
            foreach (var other in quotedB)
            {
                if (LongestRun(segment, other) >= MinimumQuotedRun)
                {
                    return true;
                }
            }
        }

        return false;
    }

    /// <summary>The stems of each stretch of text between an opening and a closing quotation mark.</summary>
    private static List<List<string>> Quoted(string text)
    {
        var result = new List<List<string>>();
        var open = -1;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c is '\u201c' || (c == '"' && open < 0))
            {
                open = i + 1;
            }
            else if ((c is '\u201d' || c == '"') && open >= 0)
            {
                result.Add(SentenceMatcher.Stems(text[open..i]));
                open = -1;
            }
        }

        return result;
    }

    private static int LongestRun(List<string> a, List<string> b)
    {
        var best = 0;
        for (var i = 0; i < a.Count; i++)
        {
            for (var j = 0; j < b.Count; j++)
            {
                var k = 0;
                while (i + k < a.Count && j + k < b.Count && string.Equals(a[i + k], b[j + k], StringComparison.Ordinal))
                {
                    k++;
                }

                best = Math.Max(best, k);
            }
        }

        return best;
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

    /// <summary>Both name weekdays, and none of them the same: "met Sunday afternoon" is not "Thursday night's meeting". The
    /// names as written, not resolved: outlets a day apart name the same weekday for one event.</summary>
    private static bool DifferentWeekdays(ClaimCandidate a, ClaimCandidate b)
    {
        var x = Weekdays(a.Text);
        if (x == 0)
        {
            return false;
        }

        var y = Weekdays(b.Text);
        return y != 0 && (x & y) == 0;
    }

    private static readonly Regex Weekday = new(@"\b(Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b",
        RegexOptions.CultureInvariant | RegexOptions.Compiled);

    private static int Weekdays(string text)
    {
        var mask = 0;
        foreach (Match m in Weekday.Matches(text))
        {
            mask |= 1 << m.Groups[1].Value[0] switch { 'M' => 0, 'W' => 2, 'F' => 4, 'S' when m.Groups[1].Value == "Sun" => 6, 'S' => 5, _ => m.Groups[1].Value == "Tues" ? 1 : 3 };
        }

        return mask;
    }

    /// <summary>Both write out days, and none of them the same: "voted on June 3" is not "voted on June 5".</summary>
    private static bool DifferentDays(ClaimCandidate a, ClaimCandidate b) =>
        a.WrittenDays.Count > 0 && b.WrittenDays.Count > 0 && !a.WrittenDays.Overlaps(b.WrittenDays);
}
