using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Triangulate.Extraction.Cleaning.Furniture;

namespace Triangulate.Extraction.Cleaning.Scraped;

/// <summary>
/// Trains the page-furniture line model (<c>Cleaning/Furniture</c>) on scraped pages (the dev split only):
/// stage one (boosted trees) on local features; stage two on stage one's out-of-fold probabilities (two folds by page, both
/// renderings of a page in the same fold), so it learns how far stage one can be trusted on pages it never saw;
/// the threshold that maximises article-line F1 on those out-of-fold predictions. Deterministic.
/// </summary>
public static class FurnitureTrainer
{
    /// <summary>Trains on <paramref name="pages"/> and returns the model file's JSON.</summary>
    public static string Train(IReadOnlyList<ScrapedPage> pages, IReadOnlyDictionary<string, string> sourceHashes, string command,
        FurnitureTrainerOptions? options = null, Action<string>? log = null) =>
        JsonSerializer.Serialize(Fit(pages, sourceHashes, command, options, log));

    internal static FurnitureModel Fit(IReadOnlyList<ScrapedPage> pages, IReadOnlyDictionary<string, string> sourceHashes, string command,
        FurnitureTrainerOptions? options = null, Action<string>? log = null)
    {
        ArgumentNullException.ThrowIfNull(pages);
        options ??= FurnitureTrainerOptions.Default;
        var data = pages.Select(Prepare).ToList();
        var ids = pages.Select(p => p.Id).Distinct(StringComparer.Ordinal).Select((id, i) => (id, i)).ToDictionary(x => x.id, x => x.i % 2, StringComparer.Ordinal);
        var fold = pages.Select(p => ids[p.Id]).ToArray();

        var outOfFold = new (double[] P, double[] Logit)[data.Count];
        for (var f = 0; f < 2; f++)
        {
            var layer = FitLocal(data, i => fold[i] != f, options);
            for (var i = 0; i < data.Count; i++)
            {
                if (fold[i] == f)
                {
                    outOfFold[i] = PredictLocal(layer, data[i]);
                }
            }

            log?.Invoke($"stage one, fold {f} held out");
        }

        var contextRows = new List<float[]>();
        var contextLabels = new List<float>();
        var contextOf = new float[data.Count][][];
        for (var i = 0; i < data.Count; i++)
        {
            contextOf[i] = LineFeatures.Context(data[i].Shapes, data[i].Rows, outOfFold[i].P, outOfFold[i].Logit);
            Collect(data[i].Labels, contextOf[i], contextRows, contextLabels);
        }

        var context = TreeBoosting.Fit(LineFeatures.ContextNames, contextRows, contextLabels, options);
        var local = FitLocal(data, _ => true, options);
        var (threshold, f1) = BestThreshold(data, contextOf, context);
        if (log is not null)
        {
            var inSample = new float[data.Count][][];
            for (var i = 0; i < data.Count; i++)
            {
                var (p1, l1) = PredictLocal(local, data[i]);
                inSample[i] = LineFeatures.Context(data[i].Shapes, data[i].Rows, p1, l1);
            }

            var (t2, f2) = BestThreshold(data, inSample, context);
            log($"in-sample stage one: threshold {t2:F2}, F1 {f2:F4}");
        }

        log?.Invoke($"threshold {threshold:F2}: out-of-fold article-line F1 {f1:F4}");

        return new FurnitureModel
        {
            Local = local,
            Context = context,
            Threshold = threshold,
            Training = Record(pages, data, sourceHashes, command, options, f1),
        };
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

    private static TreeEnsemble FitLocal(List<(List<LineShape> Shapes, float[][] Rows, sbyte[] Labels)> data, Func<int, bool> use, FurnitureTrainerOptions options)
    {
        var rows = new List<float[]>();
        var labels = new List<float>();
        for (var i = 0; i < data.Count; i++)
        {
            if (!use(i))
            {
                continue;
            }

            for (var k = 0; k < data[i].Shapes.Count; k++)
            {
                if (data[i].Labels[k] != LineLabeler.NotScored)
                {
                    rows.Add(data[i].Rows[k]);
                    labels.Add(data[i].Labels[k]);
                }
            }
        }

        return TreeBoosting.Fit(LineFeatures.LocalNames, rows, labels, options);
    }

    private static (double[] P, double[] Logit) PredictLocal(TreeEnsemble layer, (List<LineShape> Shapes, float[][] Rows, sbyte[] Labels) page)
    {
        var n = page.Shapes.Count;
        var p = new double[n];
        var logit = new double[n];
        for (var k = 0; k < n; k++)
        {
            logit[k] = layer.Logit(page.Rows[k]);
            p[k] = TreeEnsemble.Sigmoid(logit[k]);
        }

        return (p, logit);
    }

    private static void Collect(sbyte[] labels, float[][] rows, List<float[]> into, List<float> intoLabels)
    {
        for (var k = 0; k < labels.Length; k++)
        {
            if (labels[k] != LineLabeler.NotScored)
            {
                into.Add(rows[k]);
                intoLabels.Add(labels[k]);
            }
        }
    }

    private static (double Threshold, double F1) BestThreshold(List<(List<LineShape> Shapes, float[][] Rows, sbyte[] Labels)> data, float[][][] contextOf, TreeEnsemble context)
    {
        var scored = new List<(double P, bool Article)>();
        for (var i = 0; i < data.Count; i++)
        {
            for (var k = 0; k < data[i].Labels.Length; k++)
            {
                if (data[i].Labels[k] != LineLabeler.NotScored)
                {
                    scored.Add((TreeEnsemble.Sigmoid(context.Logit(contextOf[i][k])), data[i].Labels[k] == LineLabeler.Article));
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
