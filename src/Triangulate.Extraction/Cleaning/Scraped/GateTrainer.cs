using Triangulate.Extraction.Cleaning.Furniture;

namespace Triangulate.Extraction.Cleaning.Scraped;

/// <summary>
/// Trains <see cref="FurnitureGate"/>: copied pages against articles as written. The threshold comes from out-of-fold
/// probabilities (two folds) so that at most <see cref="FurnitureTrainerOptions.GateFalsePass"/> of the articles pass.
/// </summary>
internal static class GateTrainer
{
    public static FurnitureGate Fit(IReadOnlyList<ScrapedPage> pages, IReadOnlyList<string> gold, IReadOnlyList<string> news, FurnitureTrainerOptions options, Action<string>? log)
    {
        var articles = gold.Concat(news).ToList();
        var goldArticles = gold.Count;
        var gate = new FurnitureGate();
        var examples = new List<(float[] Row, float Label, bool Gold)>();
        var textOf = new List<string>();
        var positives = 0;
        var index = 0;
        foreach (var (text, label) in pages.Select(p => (p.Text, 1f)).Concat(articles.Select(a => (a, 0f))))
        {
            var shapes = LineShapes.Read(text, LineTable.Split(text));
            positives += label > 0 ? 1 : 0;
            if (shapes.Count(PageFeatures.IsShort) >= gate.MinShortLines)
            {
                examples.Add((PageFeatures.Of(new PageProfile(shapes)), label, index - pages.Count < goldArticles));
                textOf.Add(text);
            }

            index++;
        }

        var treeOptions = options with { Depth = 3, Rounds = 100, MinChildHessian = 1, PageWeightPower = 1 };
        var outOfFold = new double[examples.Count];
        for (var f = 0; f < 2; f++)
        {
            var held = f;
            var trees = Fit(examples, i => i % 2 != held, treeOptions);
            for (var i = held; i < examples.Count; i += 2)
            {
                outOfFold[i] = TreeEnsemble.Sigmoid(trees.Logit(examples[i].Row));
            }
        }

        var negatives = Enumerable.Range(0, examples.Count).Where(i => examples[i].Label == 0).Select(i => outOfFold[i]).OrderDescending().ToList();
        var golds = Enumerable.Range(0, examples.Count).Where(i => examples[i].Label == 0 && examples[i].Gold).Select(i => outOfFold[i]).OrderDescending().ToList();
        var threshold = Math.Round(Math.Max(0.5, Math.Max(Above(negatives, articles.Count * options.GateFalsePass), Above(golds, gold.Count * options.GateFalsePass))), 4);
        var passed = Enumerable.Range(0, examples.Count).Count(i => examples[i].Label > 0 && outOfFold[i] >= threshold);
        log?.Invoke($"gate: threshold {threshold:F4}; out of fold it opens on {passed} of {positives} copied pages and "
            + $"{negatives.Count(p => p >= threshold)} of {articles.Count} articles ({negatives.Count} reach the trees)");
        if (Environment.GetEnvironmentVariable("GATE_SHOW") is not null)
        {
            foreach (var i in Enumerable.Range(0, examples.Count).Where(i => examples[i].Label == 0 && outOfFold[i] >= 0.8))
            {
                log?.Invoke($"--- {outOfFold[i]:F3}\n{textOf[i][..Math.Min(600, textOf[i].Length)]}");
            }
        }

        foreach (var t in new[] { 0.5, 0.7, 0.8, 0.9, 0.95, 0.98 })
        {
            log?.Invoke($"  at {t:F2}: {Enumerable.Range(0, examples.Count).Count(i => examples[i].Label > 0 && outOfFold[i] >= t)} pages, "
                + $"{negatives.Count(p => p >= t)} articles, {Enumerable.Range(0, examples.Count).Count(i => examples[i].Label == 0 && examples[i].Gold && outOfFold[i] >= t)} of them gold bodies");
        }

        return new FurnitureGate { Trees = Fit(examples, _ => true, treeOptions), Threshold = threshold };
    }

    /// <summary>The lowest threshold that lets at most <paramref name="allowed"/> of the sorted probabilities through.</summary>
    private static double Above(List<double> descending, double allowed)
    {
        var n = (int)Math.Floor(allowed);
        return n < descending.Count ? descending[n] + 1e-4 : 0;
    }

    private static TreeEnsemble Fit(List<(float[] Row, float Label, bool Gold)> examples, Func<int, bool> use, FurnitureTrainerOptions options)
    {
        var chosen = Enumerable.Range(0, examples.Count).Where(use).ToList();
        return TreeBoosting.Fit(PageFeatures.Names, [.. chosen.Select(i => examples[i].Row)], [.. chosen.Select(i => examples[i].Label)],
            [.. chosen.Select(_ => 1f)], options);
    }
}
