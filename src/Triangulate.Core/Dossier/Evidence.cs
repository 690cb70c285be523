using Triangulate.Core.Model;
namespace Triangulate.Core.Dossier;

/// <summary>A pointer to the exact characters a statement rests on, repeating them so a reader can check without counting.</summary>
public sealed record Evidence(string ArticleId, int Start, int Length, string Text)
{
    /// <summary>The characters <paramref name="span"/> of <paramref name="article"/>, cited.</summary>
    public static Evidence Of(Article article, TextSpan span)
    {
        ArgumentNullException.ThrowIfNull(article);
        return new(article.Id, span.Start, span.Length, article.Slice(span));
    }
}
