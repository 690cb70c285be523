namespace Triangulate.Core.Dossier;

/// <summary>
/// One version of a watched article, as the dossier lists it under <c>articles[].revisions</c>: its number (1 = first
/// seen), the stored article that holds its text, when the watcher saw it, its headline, and what changed against the
/// version before. Evidence offsets are into the text of the revision named by each side's <c>articleId</c>, which
/// need not be among the dossier's articles (<c>triangulate show ID</c> prints it).
/// </summary>
public sealed class DossierRevision
{
    public int Number { get; init; }
    public required string ArticleId { get; init; }
    public DateTimeOffset SeenAt { get; init; }
    public string? Title { get; init; }
    public List<DossierRevisionChange> Changes { get; init; } = [];
}
