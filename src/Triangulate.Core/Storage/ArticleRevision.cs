namespace Triangulate.Core.Storage;

/// <summary>
/// One version of an article, as the watcher saw it. Revision 1 is the first version seen; each later one was
/// seen with a different text or headline and is stored as its own article (<see cref="ArticleId"/>), never
/// overwriting the earlier ones. <see cref="Changes"/> is the sentence-level diff against the revision before.
/// </summary>
/// <param name="ContentHash">Hash of headline and text: an unchanged refetch has the same one and stores nothing.</param>
public sealed record ArticleRevision(string CanonicalUrl, int Number, string ArticleId, string ContentHash, DateTimeOffset SeenAt)
{
    public string? Title { get; init; }

    public IReadOnlyList<RevisionChange> Changes { get; init; } = [];
}
