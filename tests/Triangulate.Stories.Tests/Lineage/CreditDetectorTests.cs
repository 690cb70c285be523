using Triangulate.Core.Model;
using Triangulate.Stories.Lineage;

namespace Triangulate.Stories.Tests.Lineage;

public sealed class CreditDetectorTests
{
    [Theory]
    [InlineData("WASHINGTON (Reuters) - The talks resumed.", "reuters", "WASHINGTON (Reuters) -")]
    [InlineData("The talks resumed.\nWith inputs from Reuters", "reuters", "With inputs from Reuters")]
    [InlineData("Talks resumed, according to a Bloomberg report.", "bloomberg", "according to a Bloomberg report")]
    [InlineData("Talks resumed, Bloomberg News reported on Friday.", "bloomberg", "Bloomberg News reported")]
    [InlineData("Moreover, Bloomberg reveals the offer.", "bloomberg", "Bloomberg reveals")]
    [InlineData("In a letter viewed by Reuters, he wrote.", "reuters", "viewed by Reuters")]
    [InlineData("In a copy seen by Bloomberg.", "bloomberg", "seen by Bloomberg")]
    [InlineData("Northwind contributed to this report.", "northwind", "Northwind contributed to this report.")]
    [InlineData("PORT ALCENA, Oct 18 (Meridian Wire) - A bridge fell.", "meridian", "PORT ALCENA, Oct 18 (Meridian Wire) -")]
    public void Detect_ReportCredits_AreStrongWithExactSpans(string text, string key, string evidence)
    {
        var article = Fixtures.Article("a", text);

        var credit = Assert.Single(new CreditDetector().Detect(article));

        Assert.Equal(key, credit.Key);
        Assert.Equal(CreditStrength.Strong, credit.Strength);
        Assert.Equal(evidence, credit.Text);
        Assert.Equal(evidence, text.Substring(credit.Start, credit.Length));
    }

    [Theory]
    [InlineData("Sources familiar with the matter told Reuters.")]
    [InlineData("The minister said in an interview with Reuters that talks would resume.")]
    [InlineData("Prices rose, according to Reuters calculations.")]
    public void Detect_InterviewOrFactCredit_IsWeak(string text)
    {
        var credit = Assert.Single(new CreditDetector().Detect(Fixtures.Article("a", text)));

        Assert.Equal("reuters", credit.Key);
        Assert.Equal(CreditStrength.Weak, credit.Strength);
    }

    [Theory]
    [InlineData("The letter was seen by Trump before it was sent.")]
    [InlineData("Maduro reported that talks had begun.")]
    [InlineData("He told reporters the talks would resume.")]
    [InlineData("")]
    public void Detect_NoOutletNamed_FindsNothing(string text)
    {
        Assert.Empty(new CreditDetector().Detect(Fixtures.Article("a", text)));
    }

    [Fact]
    public void Detect_RemovedCreditLine_ComesFromMetadataWithoutSpan()
    {
        var article = new Article("a-1", new ArticleSource("a"), new ArticleMetadata { CreditedSources = ["Reuters"], Dateline = "LONDON (AFP)" },
            "Talks resumed.", [new RemovedText(RemovedKinds.SourceCredit, "With inputs from Reuters")]);

        var credits = new CreditDetector().Detect(article);

        Assert.All(credits, c => Assert.False(c.HasSpan));
        Assert.Equal(["agence france presse", "reuters"], credits.Select(c => c.Key).Distinct().Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Detect_CorpusOutlet_IsAcceptedInFreePhrasing()
    {
        var article = Fixtures.Article("a", "The plan, first reported by Harbour Times, was seen by Harbour Times reporters.");

        Assert.Empty(new CreditDetector().Detect(article));
        Assert.Contains(new CreditDetector(["Harbour Times"]).Detect(article), c => c.Key == "harbour times");
    }

    [Fact]
    public void SignOffs_AgencySignOff_IsFound()
    {
        const string text = "Body.\nReporting by Ana Duarte; Editing by Paul Reyes\n";

        var (start, length) = Assert.Single(CreditDetector.SignOffs(text));

        Assert.Equal("Reporting by Ana Duarte; Editing by Paul Reyes", text.Substring(start, length));
    }

    [Theory]
    [InlineData("The Associated Press", "associated press")]
    [InlineData("AP", "associated press")]
    [InlineData("Bloomberg News", "bloomberg")]
    [InlineData("Meridian Wire", "meridian")]
    [InlineData("Agence France-Presse", "agence france presse")]
    public void Key_Variants_Normalise(string name, string key)
    {
        Assert.Equal(key, OutletNames.Key(name));
    }

    /// <summary>The credits found must not depend on the machine's load: the patterns run on the linear
    /// (non-backtracking) engine with no match timeout. A 1 s timeout expired on ordinary articles at load 40 and made
    /// the streaming writer fail (the speed5 helper's run of all of newsdocs).</summary>
    [Fact]
    public void Patterns_AreLinearAndHaveNoMatchTimeout()
    {
        var patterns = typeof(CreditDetector).GetFields(System.Reflection.BindingFlags.NonPublic | System.Reflection.BindingFlags.Static)
            .Where(f => f.FieldType == typeof(System.Text.RegularExpressions.Regex))
            .Select(f => (System.Text.RegularExpressions.Regex)f.GetValue(null)!)
            .ToList();

        Assert.True(patterns.Count >= 8, $"{patterns.Count} patterns");
        Assert.All(patterns, p =>
        {
            Assert.Equal(System.Text.RegularExpressions.Regex.InfiniteMatchTimeout, p.MatchTimeout);
            Assert.True(p.Options.HasFlag(System.Text.RegularExpressions.RegexOptions.NonBacktracking), p.ToString());
        });
    }
}
