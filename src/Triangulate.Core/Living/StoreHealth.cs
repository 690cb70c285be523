namespace Triangulate.Core.Living;

/// <summary>
/// Whole-store counts and invariant violations: every article with annotations should be in exactly one
/// lineage and one story (the schema makes "more than one" impossible, so "none" is what is counted), no story
/// is empty, each story's article count matches its members, and every alias resolves.
/// </summary>
public sealed record StoreHealth
{
    public long Articles { get; init; }
    public long Annotated { get; init; }
    public long Stories { get; init; }
    public long Aliases { get; init; }
    public long Events { get; init; }
    public long DirtyStories { get; init; }

    /// <summary>Articles stored without annotations (the store-only path): pending, not a violation.</summary>
    public long Unprocessed { get; init; }

    public long AnnotatedWithoutLineage { get; init; }
    public long AnnotatedWithoutStory { get; init; }
    public long MembersOfMissingStories { get; init; }
    public long EmptyStories { get; init; }
    public long CountMismatches { get; init; }
    public long DanglingAliases { get; init; }
    public long MembersWithoutArticle { get; init; }

    public bool Holds => AnnotatedWithoutLineage == 0 && AnnotatedWithoutStory == 0 && MembersOfMissingStories == 0
        && EmptyStories == 0 && CountMismatches == 0 && DanglingAliases == 0 && MembersWithoutArticle == 0;
}
