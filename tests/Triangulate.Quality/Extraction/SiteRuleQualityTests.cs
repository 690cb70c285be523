using Triangulate.Extraction.Html;
using Triangulate.Extraction.Html.SiteRules;
using Triangulate.TestKit;
using Xunit.Abstractions;

namespace Triangulate.Quality.Extraction;

/// <summary>
/// Every built-in site rule earns its place on the saved pages it was written for: the AEB dev pages of
/// its site score better with the rule than with generic extraction, and none scores worse.
/// </summary>
public class SiteRuleQualityTests(ITestOutputHelper output)
{
    private static readonly HtmlExtractor WithRules = new();
    private static readonly HtmlExtractor Generic = new(new HtmlExtractorOptions { SiteRules = SiteRuleSet.Empty });

    public static TheoryData<string> Sites()
    {
        var data = new TheoryData<string>();
        foreach (var rule in SiteRuleSet.BuiltIn.Rules)
        {
            data.Add(rule.Site);
        }

        return data;
    }

    [SharedDataTheory("data/extraction/gold.jsonl")]
    [MemberData(nameof(Sites))]
    public void BuiltInRule_ItsSavedDevPages_ScoreBetterThanGeneric(string site)
    {
        var rule = SiteRuleSet.BuiltIn.Rules.Single(r => r.Site == site);
        var pages = ExtractionCorpus.LoadAeb(ExtractionBaseline.AebDir)
            .Where(p => p.Split == "dev" && SiteRuleSet.BuiltIn.Find(p.Url) == rule).ToList();
        Assert.True(pages.Count > 0, $"{rule.Label} matches no saved dev page: a rule must be justified by pages it was measured on");

        var gained = 0.0;
        foreach (var page in pages)
        {
            var html = page.ReadHtml();
            var with = WithRules.Extract(html, page.Url, CancellationToken.None);
            var without = Generic.Extract(html, page.Url, CancellationToken.None);
            var f1With = ShingleScorer.Score([page.Gold], [with.Text]).F1;
            var f1Without = ShingleScorer.Score([page.Gold], [without.Text]).F1;
            output.WriteLine(FormattableString.Invariant($"{rule.Label} {page.Id[..12]}: F1 {f1Without:F3} generic -> {f1With:F3} with the rule"));

            Assert.Equal(rule.Label, with.SiteRule);
            Assert.True(f1With >= f1Without, $"{rule.Label} lowers F1 on {page.Id[..12]}: {f1Without:F3} -> {f1With:F3}");
            gained += f1With - f1Without;
        }

        Assert.True(gained > 0.01, $"{rule.Label} gains only {gained:F3} F1 over its {pages.Count} saved pages");
    }
}
