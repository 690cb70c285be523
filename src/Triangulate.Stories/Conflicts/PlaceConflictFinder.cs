using Triangulate.Core.Dossier;
using Triangulate.Core.Model;

namespace Triangulate.Stories.Conflicts;

/// <summary>
/// Place conflicts: articles of different lineages that put the same event (the same event verb: "crashed",
/// "collapsed") in places no article reconciles ("on the runway" against "in the river gorge"). Two places are
/// reconciled when one's words hold the other's, when one sentence of the story names both ("crashed into the gorge
/// near the runway"), or, for named places, when one article names both (a town and its country). One conflict per
/// event, with a side per place.
/// </summary>
public sealed class PlaceConflictFinder
{
    private static readonly HashSet<string> Containers = new(StringComparer.Ordinal)
    {
        "area", "areas", "region", "vicinity", "neighborhood", "neighbourhood", "district", "province", "state", "county", "country",
        "city", "town", "village", "community", "zone", "territory",
    };

    public List<DossierConflict> Find(IReadOnlyList<Article> articles, IReadOnlyDictionary<string, string> lineageOf)
    {
        ArgumentNullException.ThrowIfNull(articles);
        ArgumentNullException.ThrowIfNull(lineageOf);
        var result = new List<DossierConflict>();
        List<FoldedArticle>? folded = null;
        foreach (var byVerb in articles.SelectMany(EventPlace.Find).GroupBy(p => p.Verb, StringComparer.Ordinal))
        {
            var places = byVerb.GroupBy(p => p.Key, StringComparer.Ordinal).Select(g => g.ToList()).ToList();
            if (places.Count < 2)
            {
                continue;
            }

            folded ??= [.. articles.Select(a => new FoldedArticle(a))];
            var apart = Unreconciled(places, folded);
            if (apart.Count < 2 || apart.SelectMany(p => p).Select(p => lineageOf.GetValueOrDefault(p.Article.Id) ?? p.Article.Id).Distinct(StringComparer.Ordinal).Count() < 2)
            {
                continue;
            }

            result.Add(new DossierConflict
            {
                Kind = "place",
                About = "where it " + Past(byVerb.Key),
                Assessment = "contradiction",
                Sides = [.. apart.Select(Side)],
            });
        }

        return result;
    }

    /// <summary>The places that disagree with at least one other place of the same event.</summary>
    private static List<List<EventPlace>> Unreconciled(List<List<EventPlace>> places, List<FoldedArticle> articles)
    {
        var apart = new List<List<EventPlace>>();
        for (var i = 0; i < places.Count; i++)
        {
            for (var j = 0; j < places.Count; j++)
            {
                if (i != j && !Reconciled(places[i][0], places[j][0], articles))
                {
                    apart.Add(places[i]);
                    break;
                }
            }
        }

        return apart;
    }

    private static bool Reconciled(EventPlace a, EventPlace b, List<FoldedArticle> articles)
    {
        var aWords = a.Key.Split(' ');
        var bWords = b.Key.Split(' ');
        if (aWords[^1] == bWords[^1] || aWords.All(bWords.Contains) || bWords.All(aWords.Contains) || Containers.Contains(aWords[^1]) || Containers.Contains(bWords[^1]))
        {
            return true; // one place said two ways, or "the Tasman Glacier area" holding the hut in it
        }

        foreach (var article in articles)
        {
            if ((a.Named || b.Named) && article.Holds(a.Key) && article.Holds(b.Key))
            {
                return true; // a town and its country, a river and the city on it
            }

            if (article.OneSentenceHolds(aWords[^1], bWords[^1]))
            {
                return true;
            }
        }

        return false;
    }

    private static DossierConflictSide Side(List<EventPlace> place) =>
        new(place[0].Place, null, [.. place.Select(p => p.Article.Id).Distinct(StringComparer.Ordinal)],
            [.. place.Select(p => Evidence.Of(p.Article, p.Span))]);

    private static string Past(string family) => family switch
    {
        "crash" => "crashed",
        "collapse" => "collapsed",
        "explode" => "exploded",
        "sink" => "sank",
        "capsize" => "capsized",
        "derail" => "derailed",
        "erupt" => "erupted",
        "plunge" => "plunged",
        "strike" => "struck",
        "burn" => "burned",
        "land" => "landed",
        "fall" => "fell",
        _ => "happened",
    };
}
