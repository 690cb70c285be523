using Triangulate.Core.Model;
using Triangulate.TestKit;

namespace Triangulate.Stories.Tests.Lineage;

/// <summary>Loads the five seed articles as plain text, the way a reader without an extractor would.</summary>
internal static class SeedArticles
{
    private const string CreditLine = "With inputs from Reuters";

    /// <summary>File name (without extension) → article. With <paramref name="cleaned"/>, a trailing
    /// "With inputs from X" line is moved out of the text into metadata, as the real cleaner does.</summary>
    public static Dictionary<string, Article> Load(bool cleaned)
    {
        var folder = SharedData.Path("data", "seeds") ?? throw new InvalidOperationException("seeds missing");
        var result = new Dictionary<string, Article>(StringComparer.Ordinal);
        foreach (var path in Directory.GetFiles(folder, "*.txt").Order(StringComparer.Ordinal))
        {
            var name = Path.GetFileNameWithoutExtension(path);
            var text = File.ReadAllText(path).Trim();
            var metadata = new ArticleMetadata();
            List<RemovedText> removed = [];
            var credit = text.LastIndexOf(CreditLine, StringComparison.Ordinal);
            if (cleaned && credit >= 0 && credit + CreditLine.Length == text.Length)
            {
                text = text[..credit].TrimEnd();
                metadata = metadata with { CreditedSources = ["Reuters"] };
                removed.Add(new RemovedText(RemovedKinds.SourceCredit, CreditLine));
            }

            result[name] = new Article(ArticleId.Compute(null, Path.GetFileName(path), text), new ArticleSource(path), metadata, text, removed);
        }

        return result;
    }
}
