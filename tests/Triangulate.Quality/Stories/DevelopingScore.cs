namespace Triangulate.Quality.Stories;

/// <summary>
/// What a developing story needs beyond B³: that it stays whole as days pass, and that two pages of one site
/// about different events stay apart.
/// <list type="bullet">
/// <item><see cref="Whole"/>: share of gold stories with ≥ 2 articles spanning <see cref="DevelopingDays"/> to
/// <see cref="MaxDevelopingDays"/> days whose articles all sit in one predicted story;</item>
/// <item><see cref="LatePairRecall"/>: share of same-story article pairs published <see cref="DevelopingDays"/> to
/// <see cref="MaxDevelopingDays"/> days apart that are predicted together. A trial a year later is a story of its
/// own that a reader would want linked, not the same developing story, so it is left out.</item>
/// <item><see cref="SameSiteFalsePairs"/>: pairs from one site about different gold stories predicted together,
/// out of <see cref="SameSitePairs"/> such pairs.</item>
/// </list>
/// </summary>
public sealed record DevelopingScore(ClusteringScore Clustering, int DevelopingStories, double Whole, int LatePairs, double LatePairRecall, int SameSiteFalsePairs, long SameSitePairs)
{
    public const double DevelopingDays = 3;
    public const double MaxDevelopingDays = 92;

    public static DevelopingScore Compute(IReadOnlyList<GoldDocument> docs, IReadOnlyDictionary<string, string> predicted)
    {
        var gold = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var d in docs)
        {
            gold[d.Id] = d.Cluster;
        }

        var clustering = ClusteringScore.Compute(gold, predicted);
        var (developing, whole, latePairs, lateTogether) = (0, 0, 0, 0);
        foreach (var story in docs.GroupBy(d => d.Cluster, StringComparer.Ordinal))
        {
            var members = story.ToList();
            var span = Span(members);
            if (members.Count < 2 || span < DevelopingDays || span > MaxDevelopingDays)
            {
                continue;
            }

            developing++;
            whole += members.Select(m => Pred(predicted, m.Id)).Distinct(StringComparer.Ordinal).Count() == 1 ? 1 : 0;
            for (var i = 0; i < members.Count; i++)
            {
                for (var j = i + 1; j < members.Count; j++)
                {
                    if (Gap(members[i], members[j]) is >= DevelopingDays and <= MaxDevelopingDays)
                    {
                        latePairs++;
                        lateTogether += Pred(predicted, members[i].Id) == Pred(predicted, members[j].Id) ? 1 : 0;
                    }
                }
            }
        }

        var (falsePairs, sitePairs) = SameSite(docs, predicted);
        return new DevelopingScore(clustering, developing, developing == 0 ? 1 : (double)whole / developing, latePairs,
            latePairs == 0 ? 1 : (double)lateTogether / latePairs, falsePairs, sitePairs);
    }

    public override string ToString() =>
        $"{Clustering} | developing {DevelopingStories}: whole {Whole:P1}, pairs {DevelopingDays:0}-{MaxDevelopingDays:0} days apart {LatePairRecall:P1} of {LatePairs} | same-site false pairs {SameSiteFalsePairs} of {SameSitePairs}";

    private static (int False, long Pairs) SameSite(IReadOnlyList<GoldDocument> docs, IReadOnlyDictionary<string, string> predicted)
    {
        var (falsePairs, pairs) = (0, 0L);
        foreach (var site in docs.Where(d => d.Outlet is not null).GroupBy(d => d.Outlet, StringComparer.Ordinal))
        {
            var members = site.ToList();
            for (var i = 0; i < members.Count; i++)
            {
                for (var j = i + 1; j < members.Count; j++)
                {
                    if (members[i].Cluster == members[j].Cluster)
                    {
                        continue;
                    }

                    pairs++;
                    falsePairs += Pred(predicted, members[i].Id) == Pred(predicted, members[j].Id) ? 1 : 0;
                }
            }
        }

        return (falsePairs, pairs);
    }

    private static string Pred(IReadOnlyDictionary<string, string> predicted, string id) =>
        predicted.TryGetValue(id, out var p) ? p : "\u0001" + id;

    private static double Span(List<GoldDocument> members)
    {
        var dated = members.Where(m => m.Published is not null).Select(m => m.Published!.Value).ToList();
        return dated.Count < 2 ? 0 : (dated.Max() - dated.Min()).TotalDays;
    }

    private static double Gap(GoldDocument a, GoldDocument b) =>
        a.Published is { } pa && b.Published is { } pb ? Math.Abs((pa - pb).TotalDays) : 0;
}
