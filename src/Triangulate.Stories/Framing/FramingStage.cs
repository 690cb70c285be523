using Triangulate.Core.Dossier;
using Triangulate.Core.Model;
using Triangulate.Core.Pipeline;

namespace Triangulate.Stories.Framing;

/// <summary>
/// Fills story.Framing: for each main actor (the most-mentioned people and organisations), one entry per
/// outlet with the descriptors that outlet attaches ("authoritarian President", "illegitimate president",
/// "President"), each backed by the exact words. An outlet that names the actor without a descriptor gets
/// an entry with no descriptors and its first mention as evidence, so side-by-side views show the absence.
/// </summary>
public sealed class FramingStage(int mainActors = FramingStage.DefaultMainActors) : StorySectionStage(
    "framing", "1.0", reads: [CorpusKeys.StoryEntities.Name], produces: [CorpusKeys.Framing.Name])
{
    public const int DefaultMainActors = 3;

    /// <summary>The label under which an article's descriptors are grouped and by which summaries name it: its
    /// outlet; else its URL's host; else "unnamed outlet (file)", which a reader can still trace to an input.</summary>
    public static string OutletOf(Article article)
    {
        ArgumentNullException.ThrowIfNull(article);
        if (!string.IsNullOrWhiteSpace(article.Metadata.Outlet))
        {
            return article.Metadata.Outlet!;
        }

        if (Uri.TryCreate(article.Source.Url, UriKind.Absolute, out var url) && url.Host.Length > 0)
        {
            return url.Host.StartsWith("www.", StringComparison.OrdinalIgnoreCase) ? url.Host[4..] : url.Host;
        }

        var file = Path.GetFileName(article.Source.Input);
        return $"unnamed outlet ({(string.IsNullOrEmpty(file) ? article.Id : file)})";
    }

    protected override void Fill(DossierStory story, IReadOnlyList<Article> articles, CorpusContext context)
    {
        if (story.Entities is null)
        {
            return;
        }

        var outletOf = articles.ToDictionary(a => a.Id, OutletOf, StringComparer.Ordinal);
        var actors = story.Entities
            .Where(e => e.Type is "PERSON" or "ORG" && e.Descriptors.Count > 0)
            .OrderByDescending(e => e.Mentions.Select(m => m.ArticleId).Distinct(StringComparer.Ordinal).Count())
            .ThenByDescending(e => e.Mentions.Count)
            .Take(mainActors)
            .ToList();
        var framing = new List<DossierFraming>();
        foreach (var actor in actors)
        {
            framing.AddRange(ForActor(actor, articles, outletOf));
        }

        story.Framing = framing;
    }

    private static IEnumerable<DossierFraming> ForActor(DossierEntity actor, IReadOnlyList<Article> articles, Dictionary<string, string> outletOf)
    {
        var byId = articles.ToDictionary(a => a.Id, StringComparer.Ordinal);
        foreach (var outlet in articles.Select(a => outletOf[a.Id]).Distinct(StringComparer.Ordinal))
        {
            var descriptors = actor.Descriptors.Where(d => outletOf.GetValueOrDefault(d.ArticleId) == outlet).ToList();
            var evidence = descriptors
                .Where(d => byId.ContainsKey(d.ArticleId))
                .Select(d => new Evidence(d.ArticleId, d.Start, d.Length, byId[d.ArticleId].Text.Substring(d.Start, d.Length)))
                .ToList();
            if (evidence.Count == 0)
            {
                var mention = actor.Mentions.FirstOrDefault(m => outletOf.GetValueOrDefault(m.ArticleId) == outlet);
                if (mention is null)
                {
                    continue;
                }

                evidence.Add(mention);
            }

            var words = descriptors.Select(d => d.Text).Distinct(StringComparer.OrdinalIgnoreCase).ToList();
            yield return new DossierFraming(actor.Id, outlet, words, evidence);
        }
    }
}
