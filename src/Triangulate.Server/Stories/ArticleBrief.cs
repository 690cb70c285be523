using Triangulate.Core.Outlets;

namespace Triangulate.Server.Stories;

/// <summary>
/// An article's headline facts, for lists inside a story. <see cref="Lean"/> is the AllSides rating of its outlet
/// (null when unrated or when the ratings are absent, docs/outlets.md) and <see cref="Country"/> the outlet
/// registry's country: the UI's coverage-by-lean bar is drawn from them.
/// </summary>
public sealed record ArticleBrief(string Id, string? Outlet, string? Title, DateTimeOffset? Published, string? Url, string? LineageId,
    string? Lean = null, string? Country = null)
{
    /// <summary>The brief with its outlet's lean and country looked up: the URL decides first, then the outlet name.</summary>
    public static ArticleBrief WithOutletFacts(string id, string? outlet, string? title, DateTimeOffset? published, string? url, string? lineageId)
    {
        var entry = OutletRegistry.BuiltIn.Find(url, outlet);
        var leans = OutletLeans.Default;
        var lean = leans.Find(url) ?? (entry is null ? null : leans.Find(entry));
        return new ArticleBrief(id, outlet, title, published, url, lineageId, lean, entry?.Country);
    }
}
