using Triangulate.Core.Annotations;
using Triangulate.Core.Model;

namespace Triangulate.Stories.Clustering;

/// <summary>
/// What the clusterer needs from one article: its id, headline, body, publication date (null when
/// unknown: no time decay is applied then) and, when an entity stage ran, its entity names.
/// </summary>
public sealed record ClusterInput(string Id, string? Title, string Text, DateTimeOffset? Published = null, IReadOnlyList<string>? Entities = null)
{
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

        return new ClusterInput(article.Id, article.Metadata.Title, article.Text, article.Metadata.Published, entities);
    }
}
