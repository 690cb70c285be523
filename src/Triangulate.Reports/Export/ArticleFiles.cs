using System.Globalization;
using System.Text;
using Triangulate.Core.Dossier;
using Triangulate.Reports.Json;

namespace Triangulate.Reports.Export;

/// <summary>
/// One file per article, as trafilatura writes one per page: <c>&lt;id&gt;.json</c> (the dossier's article
/// format) or <c>&lt;id&gt;.md</c> (title, metadata line, text). Ids are "a-" and hex digits, so they are
/// safe file names; anything else is replaced.
/// </summary>
public static class ArticleFiles
{
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    /// <summary>The file written for <paramref name="article"/> in <paramref name="folder"/>.</summary>
    public static string Write(DossierArticle article, string folder, bool markdown)
    {
        ArgumentNullException.ThrowIfNull(article);
        var path = Path.Combine(folder, Md.Anchor("a", article.Id)[2..] + (markdown ? ".md" : ".json"));
        using var stream = File.Create(path);
        if (!markdown)
        {
            DossierJsonWriter.WriteArticle(article, stream);
            return path;
        }

        using var writer = new StreamWriter(stream, Utf8);
        writer.WriteLine($"# {Md.Escape(article.Title ?? article.Input)}");
        writer.WriteLine();
        var facts = new[] { article.Outlet, article.Byline, article.Published?.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture), article.Language, "article " + article.Id }
            .Where(f => !string.IsNullOrEmpty(f));
        writer.WriteLine(Md.Escape(string.Join(" · ", facts)) + (Md.SafeUrl(article.Url) is { } url ? $" · <{url}>" : ""));
        foreach (var paragraph in article.Text.Split('\n'))
        {
            if (!string.IsNullOrWhiteSpace(paragraph))
            {
                writer.WriteLine();
                writer.WriteLine(Md.Escape(paragraph.Trim()));
            }
        }

        return path;
    }
}
