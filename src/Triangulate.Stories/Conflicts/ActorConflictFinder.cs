using System.Text.RegularExpressions;
using Triangulate.Core.Annotations;
using Triangulate.Core.Dossier;
using Triangulate.Core.Model;

namespace Triangulate.Stories.Conflicts;

/// <summary>
/// Who did it: articles of different lineages that name different actors (organisations or people the entity layer
/// found) as the one who claimed responsibility for, or carried out, the story's attack ("Group A claimed responsibility"
/// against "Group B claimed responsibility"). Actors are compared as the story's canonical entities, so "the Front" and
/// its full name are one actor; an article that names both as actors ("A and B claimed it") reconciles them. One
/// attribution conflict per act, a side per actor.
/// </summary>
public sealed class ActorConflictFinder
{
    private static readonly Regex ActBefore = new(
        @"^\s*(?:(?:has|have|had|reportedly|also|later|quickly)\s+)*(?<act>claimed responsibility|claimed the (?:attack|bombing|killing|strike|shooting)|carried out the (?:attack|bombing|strike|raid|shooting|assault|killing))\b",
        RegexOptions.CultureInvariant | RegexOptions.IgnoreCase);

    private static readonly Regex ActAfter = new(
        @"(?<act>responsibility)(?: for [^.;]{0,60}?)? (?:was|has been) claimed by\s*$",
        RegexOptions.CultureInvariant | RegexOptions.IgnoreCase | RegexOptions.RightToLeft);

    public List<DossierConflict> Find(DossierStory story, IReadOnlyList<Article> articles, IReadOnlyDictionary<string, string> lineageOf)
    {
        ArgumentNullException.ThrowIfNull(story);
        ArgumentNullException.ThrowIfNull(articles);
        ArgumentNullException.ThrowIfNull(lineageOf);
        var entityOf = EntityBySpan(story);
        var claims = articles.SelectMany(a => Claims(a, entityOf)).ToList();
        var result = new List<DossierConflict>();
        foreach (var act in claims.GroupBy(c => c.Act, StringComparer.Ordinal))
        {
            var actors = act.GroupBy(c => c.ActorKey, StringComparer.Ordinal).Select(g => g.ToList()).ToList();
            if (actors.Count < 2 || Reconciled(actors)
                || act.Select(c => lineageOf.GetValueOrDefault(c.Article.Id) ?? c.Article.Id).Distinct(StringComparer.Ordinal).Count() < 2)
            {
                continue;
            }

            result.Add(new DossierConflict
            {
                Kind = "attribution",
                About = act.Key == "responsibility" ? "who claimed responsibility" : "who carried out the attack",
                Assessment = "contradiction",
                Sides = [.. actors.Select(Side)],
            });
        }

        return result;
    }

    // An article that names two actors of one act names them together, not against each other.
    private static bool Reconciled(List<List<Claim>> actors) =>
        actors.SelectMany(a => a.Select(c => (c.Article.Id, c.ActorKey))).GroupBy(x => x.Id, StringComparer.Ordinal).Any(g => g.Select(x => x.ActorKey).Distinct(StringComparer.Ordinal).Count() > 1);

    private static IEnumerable<Claim> Claims(Article article, Dictionary<(string, int), DossierEntity> entityOf)
    {
        foreach (var mention in article.Annotations.Get(Layers.Entities))
        {
            if (mention.Type is not (EntityTypes.Organization or EntityTypes.Person))
            {
                continue;
            }

            var after = article.Text.AsSpan(mention.Span.End, Math.Min(80, article.Text.Length - mention.Span.End)).ToString();
            var before = article.Text[Math.Max(0, mention.Span.Start - 120)..mention.Span.Start];
            var act = ActBefore.Match(after) is { Success: true } m ? (m.Groups["act"].Value.StartsWith("claimed", StringComparison.OrdinalIgnoreCase) ? "responsibility" : "carried out")
                : ActAfter.IsMatch(before) ? "responsibility" : null;
            if (act is null)
            {
                continue;
            }

            var name = article.Slice(mention.Span);
            var entity = entityOf.GetValueOrDefault((article.Id, mention.Span.Start));
            yield return new Claim(act, entity?.Id ?? name.ToLowerInvariant(), entity?.Name ?? name, article, mention.Span);
        }
    }

    private static Dictionary<(string, int), DossierEntity> EntityBySpan(DossierStory story)
    {
        var result = new Dictionary<(string, int), DossierEntity>();
        foreach (var entity in story.Entities ?? [])
        {
            foreach (var mention in entity.Mentions)
            {
                result.TryAdd((mention.ArticleId, mention.Start), entity);
            }
        }

        return result;
    }

    private static DossierConflictSide Side(List<Claim> claims) =>
        new(claims[0].ActorName, null, [.. claims.Select(c => c.Article.Id).Distinct(StringComparer.Ordinal)],
            [.. claims.Select(c => Evidence.Of(c.Article, c.Span))]);

    private sealed record Claim(string Act, string ActorKey, string ActorName, Article Article, TextSpan Span);
}
