using Triangulate.Core.Model;

namespace Triangulate.Core.Living;

/// <summary>
/// Everything one writer step changes, written in one transaction: new articles with their annotations,
/// lineage and story membership, story rows and ids, candidate postings, events, sections and engine state.
/// Lists are applied in the order of the properties below.
/// </summary>
public sealed class StoryCommit
{
    public List<Article> Articles { get; } = [];
    public List<AnnotationRecord> Annotations { get; } = [];
    public List<LineageRecord> Lineage { get; } = [];

    /// <summary>Story rows to insert or update (state, headline facts).</summary>
    public List<StoryStateRecord> Stories { get; } = [];

    /// <summary>Merges: every member of one story moves to another (before <see cref="Members"/> is applied).</summary>
    public List<StoryReassignment> Reassignments { get; } = [];

    /// <summary>Membership rows to insert or update (an article moved by a split or refinement keeps its seq).</summary>
    public List<MembershipRecord> Members { get; } = [];

    /// <summary>Story rows to delete (a merged-away story; its id lives on as an alias).</summary>
    public List<string> DeletedStories { get; } = [];

    /// <summary>New aliases; aliases pointing at a deleted story are re-pointed by the store.</summary>
    public List<StoryAliasRecord> Aliases { get; } = [];

    public List<StoryPostings> Postings { get; } = [];

    /// <summary>Stories whose sections must be recomputed.</summary>
    public List<string> Dirty { get; } = [];

    public List<SectionsUpdate> Sections { get; } = [];

    /// <summary>Stories that went quiet (no longer reported as quiet candidates).</summary>
    public List<string> Quiet { get; } = [];

    public List<StoryEventRecord> Events { get; } = [];

    /// <summary>Names learnt by this commit's articles.</summary>
    public List<KnownName> KnownNames { get; } = [];

    /// <summary>Vocabulary terms appended, the first with id <see cref="FirstNewTermId"/>.</summary>
    public List<string> NewTerms { get; } = [];

    public int FirstNewTermId { get; set; }

    public Dictionary<string, byte[]> State { get; } = new(StringComparer.Ordinal);

    /// <summary>The instant recorded as the stories' update time.</summary>
    public DateTimeOffset At { get; set; }
}
