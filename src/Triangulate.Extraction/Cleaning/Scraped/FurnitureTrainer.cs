using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Triangulate.Extraction.Cleaning.Furniture;

namespace Triangulate.Extraction.Cleaning.Scraped;

/// <summary>
/// Trains the page-furniture line model (<c>Cleaning/Furniture</c>) on scraped pages (the dev split only):
/// stage one (boosted trees) on local features; each later stage on the out-of-fold probabilities of the stage
/// before (two folds by page, both renderings of a page in the same fold), so it learns how far that stage can be
/// trusted on pages it never saw; the threshold that maximises article-line F1 on the last stage's out-of-fold
/// predictions. Deterministic.
/// </summary>
public static class FurnitureTrainer
{
    /// <summary>Trains on <paramref name="pages"/> (copied pages) and <paramref name="articles"/> (articles as written:
    /// gold bodies and news texts, from <see cref="ArticleTexts"/>) and returns the model file's JSON.</summary>
    public static string Train(IReadOnlyList<ScrapedPage> pages, (List<string> Gold, List<string> News) articles, IReadOnlyDictionary<string, string> sourceHashes,
        string command, FurnitureTrainerOptions? options = null, Action<string>? log = null) =>
        JsonSerializer.Serialize(Fit(pages, articles, sourceHashes, command, options, log));

    internal static FurnitureModel Fit(IReadOnlyList<ScrapedPage> pages, (List<string> Gold, List<string> News) articles, IReadOnlyDictionary<string, string> sourceHashes,
        string command, FurnitureTrainerOptions? options = null, Action<string>? log = null)
    {
        ArgumentNullException.ThrowIfNull(pages);
        options ??= FurnitureTrainerOptions.Default;
        var scraped = pages.Count;

        // Articles as written that the gate may mistake for pages teach the line model that an article's own lists
        // and tables stay: every line of them is story text.
        pages = [.. pages, .. ArticlePages(articles.Gold.Concat(articles.News))];
        var data = pages.Select(Prepare).ToList();
        var ids = pages.Select(p => p.Id).Distinct(StringComparer.Ordinal).Select((id, i) => (id, i)).ToDictionary(x => x.id, x => x.i % 2, StringComparer.Ordinal);
        var fold = pages.Select(p => ids[p.Id]).ToArray();
        log?.Invoke($"{scraped} copied pages, {pages.Count - scraped} articles with enough short lines to reach the gate's trees");

        // Every stage is fitted twice on half the pages to predict the other half (what the next stage learns
        // from, and what the threshold is chosen on), then once on all pages for the model itself.
        var stages = new List<TreeEnsemble>();
        var rows = data.Select(d => d.Rows).ToArray();
        var names = LineFeatures.LocalNames;
        (double[] P, double[] Logit)[] outOfFold = [];
        for (var stage = 0; stage < options.Stages; stage++)
        {
            outOfFold = new (double[] P, double[] Logit)[data.Count];
            for (var f = 0; f < 2; f++)
            {
                var held = f;
                var layer = Fit(names, data, rows, i => fold[i] != held, options);
                for (var i = 0; i < data.Count; i++)
                {
                    if (fold[i] == held)
                    {
                        outOfFold[i] = FurnitureModel.Apply(layer, rows[i]);
                    }
                }
            }

            stages.Add(Fit(names, data, rows, _ => true, options));
            log?.Invoke($"stage {stage + 1}: out-of-fold article-line F1 {BestThreshold(data, outOfFold, scraped).F1:F4}");
            var previous = outOfFold;
            rows = [.. data.Select((d, i) => LineFeatures.Context(d.Shapes, d.Rows, previous[i].P, previous[i].Logit))];
            names = LineFeatures.ContextNames;
        }

        var (threshold, f1) = BestThreshold(data, outOfFold, scraped);
        log?.Invoke($"threshold {threshold:F2}: out-of-fold article-line F1 {f1:F4}");

        return new FurnitureModel
        {
            Gate = GateTrainer.Fit(pages.Take(scraped).ToList(), articles.Gold, articles.News, options, log),
            Stages = [.. stages],
            Threshold = threshold,
            Training = Record(pages.Take(scraped).ToList(), data.Take(scraped).ToList(), sourceHashes, command, options, f1),
        };
    }

    private static IEnumerable<ScrapedPage> ArticlePages(IEnumerable<string> articles)
    {
        var minShort = new FurnitureGate().MinShortLines;
        var index = 0;
        foreach (var text in articles)
        {
            var id = $"article-{index++}";
            if (LineShapes.Read(text, LineTable.Split(text)).Count(PageFeatures.IsShort) >= minShort)
            {
                yield return new ScrapedPage(id, "article", "dev", null, ScrapeStyle.InnerText, text, LineLabeler.Label(text.Split('\n'), text));
            }
        }
    }

    private static (List<LineShape> Shapes, float[][] Rows, sbyte[] Labels) Prepare(ScrapedPage page)
    {
        var shapes = LineShapes.Read(page.Text, LineTable.Split(page.Text));
        var labels = shapes.Select(s => Majority(page.Labels, s.Line, s.LastLine)).ToArray();
        return (shapes, LineFeatures.Local(shapes), labels);
    }

    /// <summary>The label most of a wrapped paragraph's scored lines carry (article on a tie), or not scored.</summary>
    private static sbyte Majority(sbyte[] labels, int first, int last)
    {
        int article = 0, boilerplate = 0;
        for (var i = first; i <= last; i++)
        {
            article += labels[i] == LineLabeler.Article ? 1 : 0;
            boilerplate += labels[i] == LineLabeler.Boilerplate ? 1 : 0;
        }

        return article + boilerplate == 0 ? LineLabeler.NotScored : article >= boilerplate ? LineLabeler.Article : LineLabeler.Boilerplate;
    }

    private static TreeEnsemble Fit(string[] names, List<(List<LineShape> Shapes, float[][] Rows, sbyte[] Labels)> data, float[][][] rows,
        Func<int, bool> use, FurnitureTrainerOptions options)
    {
        var x = new List<float[]>();
        var y = new List<float>();
        var w = new List<float>();
        for (var i = 0; i < data.Count; i++)
        {
            if (!use(i))
            {
                continue;
            }

            // A page's weight grows with the square root of its lines: a long page still counts for more than a
            // short one, but its menus do not drown the rest.
            var scored = data[i].Labels.Count(l => l != LineLabeler.NotScored);
            var weight = (float)Math.Pow(Math.Max(1, scored), options.PageWeightPower - 1);
            for (var k = 0; k < data[i].Shapes.Count; k++)
            {
                if (data[i].Labels[k] != LineLabeler.NotScored)
                {
                    x.Add(rows[i][k]);
                    y.Add(data[i].Labels[k]);
                    w.Add(weight);
                }
            }
        }

        var mean = w.Average();
        return TreeBoosting.Fit(names, x, y, [.. w.Select(v => v / mean)], options);
    }

    /// <summary>The threshold with the best article-line F1 on the first <paramref name="count"/> pages (the copied ones).</summary>
    private static (double Threshold, double F1) BestThreshold(List<(List<LineShape> Shapes, float[][] Rows, sbyte[] Labels)> data, (double[] P, double[] Logit)[] predicted, int count)
    {
        var scored = new List<(double P, bool Article)>();
        for (var i = 0; i < count; i++)
        {
            for (var k = 0; k < data[i].Labels.Length; k++)
            {
                if (data[i].Labels[k] != LineLabeler.NotScored)
                {
                    scored.Add((predicted[i].P[k], data[i].Labels[k] == LineLabeler.Article));
                }
            }
        }

        var (best, bestF1) = (0.5, -1.0);
        for (var t = 0.05; t < 0.951; t += 0.01)
        {
            int tp = 0, fp = 0, fn = 0;
            foreach (var (p, article) in scored)
            {
                var keep = p >= t;
                tp += keep && article ? 1 : 0;
                fp += keep && !article ? 1 : 0;
                fn += !keep && article ? 1 : 0;
            }

            var f1 = tp == 0 ? 0 : 2.0 * tp / ((2.0 * tp) + fp + fn);
            if (f1 > bestF1)
            {
                (best, bestF1) = (Math.Round(t, 2), f1);
            }
        }

        return (best, bestF1);
    }

    private static Dictionary<string, JsonElement> Record(IReadOnlyList<ScrapedPage> pages, List<(List<LineShape> Shapes, float[][] Rows, sbyte[] Labels)> data,
        IReadOnlyDictionary<string, string> sourceHashes, string command, FurnitureTrainerOptions options, double f1)
    {
        using var sha = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        foreach (var page in pages)
        {
            sha.AppendData(Encoding.UTF8.GetBytes($"{page.Corpus}\t{page.Id}\t{page.Style}\n{page.Text}\n"));
            sha.AppendData(Array.ConvertAll(page.Labels, l => (byte)l));
        }

        var record = new JsonObject
        {
            ["command"] = command,
            ["splits"] = string.Join(',', pages.Select(p => p.Split).Distinct()),
            ["pages"] = pages.Count,
            ["lines"] = data.Sum(d => d.Labels.Count(l => l != LineLabeler.NotScored)),
            ["articleLines"] = data.Sum(d => d.Labels.Count(l => l == LineLabeler.Article)),
            ["outOfFoldF1"] = Math.Round(f1, 4),
            ["options"] = JsonSerializer.SerializeToNode(options),
            ["trainingSetSha256"] = Convert.ToHexStringLower(sha.GetHashAndReset()),
            ["sources"] = new JsonObject(sourceHashes.Select(kv => KeyValuePair.Create(kv.Key, (JsonNode?)kv.Value))),
        };
        return JsonSerializer.Deserialize<Dictionary<string, JsonElement>>(record.ToJsonString())!;
    }
}
