using Triangulate.Core.Annotations;
using Triangulate.Core.Model;

namespace Triangulate.Stories.Clustering;

/// <summary>
/// What the clusterer needs from one article: its id, headline, body, publication date (null when
/// unknown: no time decay is applied then) and, when an entity stage ran, its entity names.
/// </summary>
public sealed record ClusterInput(string Id, string? Title, string Text, DateTimeOffset? Published = null, IReadOnlyList<string>? Entities = null)
{
    /// <summary>
    /// The site the article comes from (outlet name or URL host), null when unknown. Words that only pages of
    /// one site share (its furniture: newsletter lines, the station's name, its section labels) are no evidence
    /// that two of its pages tell one story.
    /// </summary>
    public string? Outlet { get; init; }

    /// <summary>The annotation layers <see cref="FromArticle"/> reads: a caller loading stored articles only to cluster them
    /// decodes just these.</summary>
    public static IReadOnlySet<string> ReadLayers { get; } = new HashSet<string>([Layers.Entities.Name], StringComparer.Ordinal);

    /// <summary>Builds the input from an article, taking entity mentions from <see cref="Layers.Entities"/> when present.</summary>
    public static ClusterInput FromArticle(Article article)
    {
        ArgumentNullException.ThrowIfNull(article);
        IReadOnlyList<string>? entities = null;
        if (article.Annotations.Has(Layers.Entities))
        {
            var mentions = article.Annotations.Get(Layers.Entities);
            var names = new List<string>(mentions.Count);
            foreach (var m in mentions)
            {
                names.Add(m.Type + ":" + article.Slice(m.Span));
            }

            entities = names;
        }

        return new ClusterInput(article.Id, article.Metadata.Title, article.Text, article.Metadata.Published, entities)
        {
            Outlet = article.Metadata.Outlet ?? Host(article.Source.Url),
        };
    }

    private static string? Host(string? url)
    {
        if (url is null || !Uri.TryCreate(url, UriKind.Absolute, out var uri) || uri.Host.Length == 0)
        {
            return null;
        }

        return uri.Host.StartsWith("www.", StringComparison.OrdinalIgnoreCase) ? uri.Host[4..] : uri.Host;
    }
}
