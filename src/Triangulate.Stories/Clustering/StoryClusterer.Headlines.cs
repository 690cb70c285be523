using Triangulate.Core.Collections;

namespace Triangulate.Stories.Clustering;

// The headline-name join (issue #22): a developing story's articles keep naming its place, venue or victim in their
// headlines while their text drifts from the shooting to the victims' lives, the arrests and the vigil. Two dated
// articles of different sites a few days apart whose headlines share a rare name, whose texts name the same people and
// places and still overlap a little, belong together even when their text similarity is under the join threshold.
// docs/stories.md, "Headline names".
public sealed partial class StoryClusterer
{
    /// <summary>A member built from an article's vectors, with its headline names.</summary>
    private StoryMember Member(TermCounts counts, SparseVector text, SparseVector entities, SparseVector anchors) =>
        new(counts.Input.Id, counts.Input.Title, counts.Input.Published, text, entities, anchors)
        {
            Outlet = SharedOutlet(counts.Input.Outlet),
            HeadlineNames = counts.HeadlineNames,
        };

    /// <summary>
    /// <paramref name="threshold"/> when <paramref name="score"/> falls short of it but reaches
    /// <see cref="StoryClustererOptions.HeadlineNameFloor"/> and the article shares a rare headline name with a member
    /// of <paramref name="story"/> (<see cref="SharesHeadlineName(StoryMember, StoryMember)"/>); otherwise the score.
    /// </summary>
    private double HeadlineNameLift(StoryMember article, LiveStory story, double score, double threshold)
    {
        if (score >= threshold || !HeadlineNamesApply(score) || article.HeadlineNames.Length == 0)
        {
            return score;
        }

        var members = story.NameMembers ?? story.Members;
        var shared = false;
        foreach (var m in members)
        {
            // A story that already holds a page of the article's own site is left to the plain score: the name may be
            // that site's home town, and one site's pages share its furniture.
            if (!ReferenceEquals(article, m) && SameSite(article.Outlet, m.Outlet))
            {
                return score;
            }

            shared = shared || SharesHeadlineName(article, m);
        }

        return shared ? threshold : score;
    }

    /// <summary>Whether any member of the smaller story shares a rare headline name with one of the bigger story; never
    /// for two stories that hold pages of one site.</summary>
    private bool SharesHeadlineName(LiveStory a, LiveStory b)
    {
        var (ma, mb) = (a.NameMembers ?? a.Members, b.NameMembers ?? b.Members);
        var (small, big) = ma.Count <= mb.Count ? (ma, mb) : (mb, ma);
        if (SharesSite(small, big))
        {
            return false;
        }

        foreach (var m in small)
        {
            if (m.HeadlineNames.Length == 0)
            {
                continue;
            }

            foreach (var n in big)
            {
                if (SharesHeadlineName(m, n))
                {
                    return true;
                }
            }
        }

        return false;
    }

    private static bool SharesSite(IReadOnlyList<StoryMember> a, IReadOnlyList<StoryMember> b)
    {
        foreach (var m in a)
        {
            if (m.Outlet is null)
            {
                continue;
            }

            foreach (var n in b)
            {
                if (SameSite(m.Outlet, n.Outlet))
                {
                    return true;
                }
            }
        }

        return false;
    }

    /// <summary>Whether two pages come from one known site (an unknown site is nobody's); also the same-site factor's test.</summary>
    private static bool SameSite(string? outlet, string? other) =>
        outlet is not null && string.Equals(outlet, other, StringComparison.OrdinalIgnoreCase);

    private bool HeadlineNamesApply(double score) =>
        _options.HeadlineNameFloor > 0 && score >= _options.HeadlineNameFloor;

    /// <summary>
    /// Two dated articles of different sites (one site's pages share their furniture, its home town included) at most
    /// <see cref="StoryClustererOptions.HeadlineNameDays"/> apart whose headlines share a name carried by at most
    /// <see cref="StoryClustererOptions.HeadlineNameShare"/> of the articles seen (with the IDF prior's background
    /// documents): a village, a venue or a victim, not "Chicago" in a run of Chicago news.
    /// </summary>
    private bool SharesHeadlineName(StoryMember a, StoryMember b)
    {
        if (a.Published is not { } p || b.Published is not { } q || Math.Abs((p - q).TotalDays) > _options.HeadlineNameDays
            || b.HeadlineNames.Length == 0 || ReferenceEquals(a, b) || SameSite(a.Outlet, b.Outlet)
            || a.Anchors.Cosine(b.Anchors) < _options.HeadlineNameAnchorFloor)
        {
            return false;
        }

        var minIdf = 1 - Math.Log(_options.HeadlineNameShare);
        return SortedOverlap.Any<int>(a.HeadlineNames, b.HeadlineNames, name => _stats.Idf(name) >= minIdf);
    }
}
