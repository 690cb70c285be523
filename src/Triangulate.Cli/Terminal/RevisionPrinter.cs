using System.Globalization;
using Triangulate.Core.Storage;

namespace Triangulate.Cli.Terminal;

/// <summary>Prints an article's revisions and the sentence diff of each against the one before (<c>show --revisions</c>).</summary>
public static class RevisionPrinter
{
    public static void Print(IReadOnlyList<ArticleRevision> revisions)
    {
        ArgumentNullException.ThrowIfNull(revisions);
        foreach (var group in revisions.GroupBy(r => r.CanonicalUrl, StringComparer.Ordinal))
        {
            Console.WriteLine($"Revisions of {group.Key} ({group.Count()}):");
            foreach (var r in group)
            {
                Console.WriteLine($"r{r.Number}  seen {r.SeenAt.ToString("yyyy-MM-dd HH:mm:ss'Z'", CultureInfo.InvariantCulture)}  {r.ArticleId}  {r.Title ?? "(no title)"}");
                foreach (var change in r.Changes)
                {
                    PrintChange(change);
                }
            }
        }
    }

    private static void PrintChange(RevisionChange change)
    {
        var aspects = change.Aspects.Count == 0 ? "" : $" [{string.Join(", ", change.Aspects)}]";
        switch (change.Op)
        {
            case "title":
                Console.WriteLine($"  ~ headline: \"{change.Before?.Text}\" -> \"{change.After?.Text}\"");
                break;
            case "changed":
                Console.WriteLine($"  ~ changed{aspects}");
                Console.WriteLine($"    - {change.Before?.Text}");
                Console.WriteLine($"    + {change.After?.Text}");
                break;
            case "added":
                Console.WriteLine($"  + added{aspects}: {change.After?.Text}");
                break;
            default:
                Console.WriteLine($"  - removed{aspects}: {change.Before?.Text}");
                break;
        }
    }
}
