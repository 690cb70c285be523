using Triangulate.Core.Dossier;

namespace Triangulate.Reports.Html.Charts;

/// <summary>
/// Which articles of a story are copies: in a lineage of two or more articles, every article but the origin
/// (the lineage's credited origin article when it is a member, else its earliest dated member) is a copy.
/// </summary>
internal sealed class LineageRoles
{
    private readonly Dictionary<string, string> _copyOf = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _originOf = new(StringComparer.Ordinal);

    public LineageRoles(ReportContext context, DossierStory story)
    {
        foreach (var lineage in story.Lineages ?? [])
        {
            if (lineage.ArticleIds.Count < 2)
            {
                continue;
            }

            var origin = OriginArticle(context, lineage);
            _originOf[lineage.Id] = origin;
            foreach (var id in lineage.ArticleIds)
            {
                if (id != origin)
                {
                    _copyOf[id] = lineage.Id;
                }
            }
        }
    }

    /// <summary>The lineage an article copies, or null for an original (or an article no lineage groups).</summary>
    public string? CopyOf(string articleId) => _copyOf.TryGetValue(articleId, out var lineage) ? lineage : null;

    /// <summary>The origin article of a lineage of two or more.</summary>
    public string? OriginOf(string lineageId) => _originOf.TryGetValue(lineageId, out var id) ? id : null;

    public int Copies => _copyOf.Count;

    public static string OriginArticle(ReportContext context, DossierLineage lineage)
    {
        if (lineage.Origin?.ArticleId is { } credited && lineage.ArticleIds.Contains(credited, StringComparer.Ordinal))
        {
            return credited;
        }

        var best = lineage.ArticleIds[0];
        var bestDate = context.FindArticle(best)?.Published;
        foreach (var id in lineage.ArticleIds)
        {
            var date = context.FindArticle(id)?.Published;
            if (date is { } d && (bestDate is null || d < bestDate))
            {
                (best, bestDate) = (id, d);
            }
        }

        return best;
    }
}
