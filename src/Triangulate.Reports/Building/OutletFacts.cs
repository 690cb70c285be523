using Triangulate.Core.Model;
using Triangulate.Core.Outlets;

namespace Triangulate.Reports.Building;

/// <summary>What the outlet registry (and the lean ratings, when present) say of an article's outlet; each null
/// where nothing is known. The article's URL decides first, then its outlet's name.</summary>
internal readonly record struct OutletFacts(string? Kind, string? Country, string? Ownership, string? Lean)
{
    public static OutletFacts Of(Article article)
    {
        var entry = OutletRegistry.BuiltIn.Find(article.Source.Url, article.Metadata.Outlet);
        var leans = OutletLeans.Default;
        var lean = leans.Find(article.Source.Url) ?? (entry is null ? null : leans.Find(entry));
        if (entry is null)
        {
            return new OutletFacts(null, null, null, lean);
        }

        return new OutletFacts(entry.Kind == OutletKind.Agency ? "agency" : "outlet", entry.Country, entry.Ownership, lean);
    }
}
