using Triangulate.Extraction.Cleaning.Scraped;

namespace Triangulate.Quality.Extraction;

/// <summary>
/// The ScrapingHub article-extraction benchmark metric (evaluate.py, as described in
/// ../shared/data/extraction/SOURCE.md): Python-\w+ tokens, 4-token shingle multisets, per-page
/// tp/fp/fn normalised to sum 1, macro-averaged precision and recall, F1 of the two averages.
/// </summary>
public static class ShingleScorer
{
    private const int N = 4;

    /// <summary>Scores predictions against gold, page by page (the two lists align).</summary>
    public static ShingleScore Score(IReadOnlyList<string> gold, IReadOnlyList<string> predicted)
    {
        double precisionSum = 0, recallSum = 0;
        int precisionCount = 0, recallCount = 0, exact = 0;
        for (var i = 0; i < gold.Count; i++)
        {
            var g = Tokens(gold[i]);
            var p = Tokens(predicted[i]);
            var (tp, fp, fn) = Counts(g, p);
            if (tp + fp > 0)
            {
                precisionSum += fp == 0 && fn == 0 ? 1 : tp / (tp + fp);
                precisionCount++;
            }

            if (tp + fn > 0)
            {
                recallSum += fp == 0 && fn == 0 ? 1 : tp / (tp + fn);
                recallCount++;
            }

            if (g.SequenceEqual(p))
            {
                exact++;
            }
        }

        var precision = precisionCount == 0 ? 0 : precisionSum / precisionCount;
        var recall = recallCount == 0 ? 0 : recallSum / recallCount;
        var f1 = precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
        return new ShingleScore(f1, precision, recall, gold.Count == 0 ? 0 : (double)exact / gold.Count, gold.Count);
    }

    /// <summary>Normalised (tp, fp, fn) of one page.</summary>
    public static (double Tp, double Fp, double Fn) Counts(IReadOnlyList<string> gold, IReadOnlyList<string> predicted)
    {
        var g = Shingles(gold);
        var p = Shingles(predicted);
        double tp = 0, fp = 0, fn = 0;
        foreach (var (shingle, gc) in g)
        {
            var pc = p.GetValueOrDefault(shingle);
            tp += Math.Min(gc, pc);
            fn += Math.Max(0, gc - pc);
        }

        foreach (var (shingle, pc) in p)
        {
            fp += Math.Max(0, pc - g.GetValueOrDefault(shingle));
        }

        var s = tp + fp + fn;
        return s > 0 ? (tp / s, fp / s, fn / s) : (0, 0, 0);
    }

    /// <summary>Maximal runs of Python-3 word characters (letters, numbers of any kind, '_'), by rune: the same
    /// tokens the scraped-page cleaner shingles (<see cref="WordShingles"/>), so the two cannot drift apart.</summary>
    public static List<string> Tokens(string text) => WordShingles.Tokens(text);

    private static Dictionary<string, int> Shingles(IReadOnlyList<string> tokens)
    {
        var result = new Dictionary<string, int>(StringComparer.Ordinal);
        if (tokens.Count == 0)
        {
            return result;
        }

        if (tokens.Count < N)
        {
            result[string.Join('\u0001', tokens)] = 1;
            return result;
        }

        for (var i = 0; i + N <= tokens.Count; i++)
        {
            var key = string.Join('\u0001', tokens[i], tokens[i + 1], tokens[i + 2], tokens[i + 3]);
            result[key] = result.GetValueOrDefault(key) + 1;
        }

        return result;
    }
}
