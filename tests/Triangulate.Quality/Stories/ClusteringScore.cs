namespace Triangulate.Quality.Stories;

/// <summary>
/// B-cubed and pairwise precision/recall/F1 of a predicted partition against gold, with the textbook
/// definitions of SOURCE.md (documents missing from the prediction count as singletons).
/// </summary>
public sealed record ClusteringScore(double BcubedP, double BcubedR, double BcubedF1, double PairP, double PairR, double PairF1, int Clusters)
{
    public static ClusteringScore Compute(IReadOnlyDictionary<string, string> gold, IReadOnlyDictionary<string, string> predicted)
    {
        var goldSets = Group(gold, gold.Keys);
        var predSets = Group(predicted, gold.Keys);
        double p = 0, r = 0;
        long tp = 0, predPairs = 0, goldPairs = 0;
        foreach (var doc in gold.Keys)
        {
            var g = goldSets[gold[doc]];
            var pr = predSets[PredLabel(predicted, doc)];
            var both = Overlap(g, pr);
            p += (double)both / pr.Count;
            r += (double)both / g.Count;
            tp += both - 1;
            predPairs += pr.Count - 1;
            goldPairs += g.Count - 1;
        }

        var n = gold.Count;
        var (bp, br) = (p / n, r / n);
        var pp = predPairs == 0 ? 1 : (double)tp / predPairs;
        var pairR = goldPairs == 0 ? 1 : (double)tp / goldPairs;
        return new ClusteringScore(bp, br, F1(bp, br), pp, pairR, F1(pp, pairR), predSets.Count);
    }

    public override string ToString() =>
        $"B3 P {BcubedP:P2} R {BcubedR:P2} F1 {BcubedF1:P2} | pairwise P {PairP:P2} R {PairR:P2} F1 {PairF1:P2} | {Clusters} clusters";

    private static string PredLabel(IReadOnlyDictionary<string, string> predicted, string doc) =>
        predicted.TryGetValue(doc, out var label) ? label : "\u0001singleton:" + doc;

    private static Dictionary<string, HashSet<string>> Group(IReadOnlyDictionary<string, string> labels, IEnumerable<string> docs)
    {
        var groups = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        foreach (var doc in docs)
        {
            var label = PredLabel(labels, doc);
            if (!groups.TryGetValue(label, out var set))
            {
                set = new HashSet<string>(StringComparer.Ordinal);
                groups[label] = set;
            }

            set.Add(doc);
        }

        return groups;
    }

    private static int Overlap(HashSet<string> a, HashSet<string> b)
    {
        var n = 0;
        foreach (var x in a)
        {
            n += b.Contains(x) ? 1 : 0;
        }

        return n;
    }

    private static double F1(double p, double r) => p + r == 0 ? 0 : 2 * p * r / (p + r);
}
