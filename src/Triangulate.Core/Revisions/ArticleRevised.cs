using Triangulate.Core.Model;
using Triangulate.Core.Storage;

namespace Triangulate.Core.Revisions;

/// <summary>
/// An outlet changed an article it had published: what the watcher hands to every <see cref="IRevisionObserver"/>
/// once the new revision is stored. Both revisions are whole articles with their per-article layers (sentences,
/// quotes, quantities…), so an observer can cite either side's characters. <see cref="SeenAt"/> is when the new
/// version was first seen: the as-of time of any figure it updates.
/// </summary>
/// <param name="Figures">Figures the edit changed, each with both sides' evidence (a subset of the <c>figure</c> changes of <see cref="Revision"/>).</param>
public sealed record ArticleRevised(
    ArticleRevision Revision,
    Article Previous,
    Article Current,
    DateTimeOffset SeenAt,
    IReadOnlyList<FigureRevision> Figures)
{
    /// <summary>The outlet that made the edit (the current revision's).</summary>
    public string? Outlet => Current.Metadata.Outlet;
}
