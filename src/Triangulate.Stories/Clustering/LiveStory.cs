namespace Triangulate.Stories.Clustering;

/// <summary>
/// A story's state: centroid vectors (sums of member unit vectors, pruned), its articles, date range and
/// last activity. Only the first <see cref="StoryClustererOptions.MaxMembersKept"/> members keep vectors.
/// </summary>
internal sealed class LiveStory(int number)
{
    public int Number { get; } = number;
    public string Id => "story-" + Number.ToString(System.Globalization.CultureInfo.InvariantCulture);
    public SparseVector Text { get; set; } = SparseVector.Empty;
    public SparseVector Entities { get; set; } = SparseVector.Empty;

    /// <summary>Sum of the members' unit anchor vectors (names of people, organisations, places), pruned.</summary>
    public SparseVector Anchors { get; set; } = SparseVector.Empty;

    /// <summary>Members whose anchor vector is not empty (<see cref="Anchors"/> is their sum).</summary>
    public int AnchorArticles { get; set; }
    public List<StoryMember> Members { get; } = [];

    /// <summary>The members whose headline names count for the headline-name join, on a scratch story (a split half,
    /// a story without one member) that keeps no <see cref="Members"/>; null on a real story, which uses its members.</summary>
    public IReadOnlyList<StoryMember>? NameMembers { get; init; }
    public List<string> ArticleIds { get; } = [];
    public DateTimeOffset? First { get; set; }
    public DateTimeOffset? Last { get; set; }
    public long LastActive { get; set; }

    /// <summary>A scratch copy of this story without <paramref name="member"/>'s vectors (how well the member fits the
    /// rest: leave-one-out refinement, split margins); its headline names stay this story's.</summary>
    public LiveStory Without(StoryMember member) => new(0)
    {
        Text = Text.Add(member.Text, -1f, int.MaxValue),
        Entities = Entities.Add(member.Entities, -1f, int.MaxValue),
        Anchors = Anchors.Add(member.Anchors, -1f, int.MaxValue),
        Size = Size - 1,
        NameMembers = NameMembers ?? Members,
    };

    /// <summary>Number of unit vectors summed in <see cref="Text"/>; set explicitly on scratch stories.</summary>
    public int Size
    {
        get => _size ?? ArticleIds.Count;
        init => _size = value;
    }

    private readonly int? _size;

    /// <summary>Size at which the next split check runs.</summary>
    public int NextSplitCheck { get; set; }

    /// <summary>Entity vectors are only comparable when both sides have any.</summary>
    public int EntityArticles { get; set; }

    /// <summary>Adds a member's unit vectors to the centroids (each pruned to <paramref name="maxTerms"/>); the
    /// entity and anchor centroids count only the members that have any.</summary>
    public void AddToCentroids(StoryMember member, int maxTerms)
    {
        Text = Text.Add(member.Text, 1f, maxTerms);
        if (!member.Entities.IsEmpty)
        {
            Entities = Entities.Add(member.Entities, 1f, maxTerms);
            EntityArticles++;
        }

        if (!member.Anchors.IsEmpty)
        {
            Anchors = Anchors.Add(member.Anchors, 1f, maxTerms);
            AnchorArticles++;
        }
    }

    /// <summary>
    /// The site every member comes from, or null when they come from several, one is unknown, or the story has
    /// outgrown its kept members. Pages of one site share its furniture, so a story made only of that site's pages
    /// is a weaker match for another of its pages.
    /// </summary>
    public string? SoleOutlet()
    {
        if (Members.Count == 0 || Members.Count != ArticleIds.Count || Members[0].Outlet is not { } outlet)
        {
            return null;
        }

        foreach (var m in Members)
        {
            if (!string.Equals(m.Outlet, outlet, StringComparison.OrdinalIgnoreCase))
            {
                return null;
            }
        }

        return outlet;
    }

    public void ExtendDates(DateTimeOffset? date)
    {
        if (date is not { } d)
        {
            return;
        }

        if (First is null || d < First)
        {
            First = d;
        }

        if (Last is null || d > Last)
        {
            Last = d;
        }
    }

    /// <summary>Days between <paramref name="date"/> and this story's date range (0 inside it or when either is unknown).</summary>
    public double GapDays(DateTimeOffset? date)
    {
        if (date is not { } d || First is not { } first || Last is not { } last)
        {
            return 0;
        }

        if (d < first)
        {
            return (first - d).TotalDays;
        }

        return d > last ? (d - last).TotalDays : 0;
    }

    /// <summary>Days between two stories' ranges (0 when they overlap or either is undated).</summary>
    public double GapDays(LiveStory other)
    {
        if (First is not { } f1 || Last is not { } l1 || other.First is not { } f2 || other.Last is not { } l2)
        {
            return 0;
        }

        if (l1 < f2)
        {
            return (f2 - l1).TotalDays;
        }

        return l2 < f1 ? (f1 - l2).TotalDays : 0;
    }
}
