using Triangulate.Core.Dossier;
using Triangulate.Core.Model;

namespace Triangulate.Stories.Entities;

/// <summary>
/// The agencies and outlets a story's articles credit as their source, each with the removed lines that
/// name it. Wire agencies are actors of a story ("Meridian Wire reported"), yet cleaning takes their
/// names out of the text with the credit lines and datelines; this keeps them as entities.
/// </summary>
internal static class SourceCredits
{
    private static readonly HashSet<string> CreditKinds = new(StringComparer.Ordinal)
    {
        RemovedKinds.SourceCredit, RemovedKinds.Credit, RemovedKinds.Dateline, RemovedKinds.Byline, RemovedKinds.Copyright,
    };

    /// <summary>By name key: the name as first credited and the credit lines, in article order.</summary>
    public static Dictionary<string, (string Name, List<DossierCredit> Credits)> Find(IReadOnlyList<Article> articles)
    {
        var result = new Dictionary<string, (string Name, List<DossierCredit> Credits)>(StringComparer.Ordinal);
        foreach (var article in articles)
        {
            foreach (var name in article.Metadata.CreditedSources)
            {
                var key = NameNormalizer.Key(name);
                if (key.Length == 0)
                {
                    continue;
                }

                foreach (var removed in article.Removed)
                {
                    if (CreditKinds.Contains(removed.Kind) && removed.Text.Contains(name, StringComparison.OrdinalIgnoreCase))
                    {
                        if (!result.TryGetValue(key, out var entry))
                        {
                            result[key] = entry = (name, []);
                        }

                        entry.Credits.Add(new DossierCredit(article.Id, removed.Kind, removed.Text));
                    }
                }
            }
        }

        return result;
    }
}
