using Triangulate.Nlp.Quotes;
using Triangulate.TestKit;
using Xunit.Abstractions;

namespace Triangulate.Quality.Quotes;

/// <summary>
/// Quote detection and attribution scored on the PolNeAR test split (../shared/data/quotes), against the
/// floors under "quotes" in baseline.json. Metric names: scope (all | direct) . measure . p | r | f1, as
/// computed by <see cref="AttributionScorer"/>. Tuned on train only; test was scored to set the floors.
/// </summary>
public sealed class PolnearQuoteQualityTests(ITestOutputHelper output)
{
    [SharedDataFact("data/quotes/polnear")]
    public void Polnear_TestSplit_MeetsFloors()
    {
        var articles = PolnearCorpus.Load(SharedData.Path("data", "quotes", "polnear")!, "test");
        var detector = new QuoteDetector();
        var scorer = new AttributionScorer();
        foreach (var a in articles)
        {
            scorer.Add(a.Text, a.Attributions, detector.Detect(a.Text));
        }

        var figures = new Dictionary<string, double>(StringComparer.Ordinal);
        foreach (var (name, prf) in scorer.Scores.OrderBy(k => k.Key, StringComparer.Ordinal))
        {
            output.WriteLine($"{name,-28} {prf}");
            figures[$"{name}.p"] = prf.Precision;
            figures[$"{name}.r"] = prf.Recall;
            figures[$"{name}.f1"] = prf.F1;
        }

        var failures = QuoteBaseline.Floors()
            .Where(f => !figures.TryGetValue(f.Key, out var v) || v < f.Value)
            .Select(f => $"{f.Key}: {(figures.TryGetValue(f.Key, out var v) ? v.ToString("0.000", System.Globalization.CultureInfo.InvariantCulture) : "missing")} < floor {f.Value}")
            .ToList();
        Assert.True(failures.Count == 0, string.Join("; ", failures));
    }
}
