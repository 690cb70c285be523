using Triangulate.Core.Pipeline;
using Triangulate.Stories.Lineage;

namespace Triangulate.Stories.Tests.Lineage;

/// <summary>Paraphrased and translated agency copy joins the agency's lineage; an independent report does not (issue #22 item 7).</summary>
public sealed class RewriteTests
{
    private static readonly DateTimeOffset Day = new(2025, 9, 9, 8, 0, 0, TimeSpan.Zero);

    // Our own agency report, its paraphrase, its Spanish translation and an independent report of the same event.
    private const string Agency =
        "The death toll from the earthquake in the Varna highlands rose to 2,012 on Monday, the Interior Ministry said, with 2,059 people injured, 1,404 of them critically.\n\n" +
        "Rescue teams from Spain and Qatar joined 3,500 local soldiers searching collapsed villages, ministry spokesman Idris Kahal said.\n\n" +
        "\"We are racing against time,\" Kahal told reporters in Telvar, where 18,000 tents had been handed out.";

    private const string Paraphrase =
        "Officials in the Varna highlands now count 2,012 dead after the quake, according to figures from the Interior Ministry, which put the number of wounded at 2,059 including 1,404 in a critical state. " +
        "Some 3,500 soldiers were combing ruined hamlets alongside teams sent by Spain and Qatar, spokesman Idris Kahal told the press. " +
        "\"We are racing against time,\" Kahal said at Telvar, where 18,000 tents have gone to families.\n\nWith inputs from Meridian Wire";

    private const string Spanish =
        "TELVAR (Meridian Wire) - El balance de muertos del terremoto en las tierras altas de Varna subió a 2.012 el lunes, informó el Ministerio del Interior, con 2.059 heridos, 1.404 de ellos graves. " +
        "Equipos de rescate de España y Qatar se unieron a 3.500 soldados locales, dijo el portavoz Idris Kahal. " +
        "«Estamos en una carrera contra el tiempo», dijo Kahal en Telvar, donde se repartieron 18.000 tiendas.";

    private const string Independent =
        "In Telvar, where families queued for some of the 18,000 tents, survivors said help came late. Local soldiers, 3,500 of them, dug with their hands. " +
        "Interior Ministry figures put the dead at 2,012. Rescue teams from Spain and Qatar arrived on Sunday, Idris Kahal, a ministry spokesman, said.";

    [Fact]
    public void Process_ParaphraseAndTranslationCreditingTheAgency_JoinItsCopy()
    {
        var context = Run(("agency", Agency, "Meridian Wire", 0), ("paraphrase", Paraphrase, "Harbour Herald", 3), ("spanish", Spanish, "Diario Sur", 5));
        Assert.Single(context.LineageOf.Values.Distinct());
    }

    [Fact]
    public void Process_TwoRewritesWithoutTheAgencyCopy_FindEachOther()
    {
        var context = Run(("paraphrase", Paraphrase, "Harbour Herald", 3), ("spanish", Spanish, "Diario Sur", 5));
        Assert.Single(context.LineageOf.Values.Distinct());
    }

    [Fact]
    public void Process_IndependentReportWithTheSameFigures_StaysApart()
    {
        var context = Run(("agency", Agency, "Meridian Wire", 0), ("independent", Independent, "Valley Courier", 2));
        Assert.Equal(2, context.LineageOf.Values.Distinct().Count());
    }

    [Fact]
    public void Process_ParaphraseWithoutTheCredit_StaysApart()
    {
        // Same figures, same order, no credit: shared figures alone are what every outlet at the briefing prints.
        var uncredited = Paraphrase.Replace("\n\nWith inputs from Meridian Wire", string.Empty, StringComparison.Ordinal);
        var context = Run(("agency", Agency, "Meridian Wire", 0), ("paraphrase", uncredited, "Harbour Herald", 3));
        Assert.Equal(2, context.LineageOf.Values.Distinct().Count());
    }

    [Fact]
    public void Process_RewriteDaysLater_IsAnotherReport()
    {
        var context = Run(("agency", Agency, "Meridian Wire", 0), ("paraphrase", Paraphrase, "Harbour Herald", 24 * 5));
        Assert.Equal(2, context.LineageOf.Values.Distinct().Count());
    }

    [Fact]
    public void Rewrite_Verdict_NamesTheCreditAndTheRule()
    {
        var options = new LineageOptions();
        var agency = Fingerprint("agency", Agency, "Meridian Wire", options);
        var spanish = Fingerprint("spanish", Spanish, "Diario Sur", options);
        var verdict = new LineageRules(options).Rewrite(agency, spanish);
        Assert.True(verdict.Same);
        Assert.Equal("rewrite", verdict.Reason);
        Assert.Equal("meridian", verdict.SharedCredit);
    }

    [Theory]
    [InlineData("2,012 dead and 5.93 mln", "2.012 muertos y 5,93 millones")]
    [InlineData("2,012 dead and 5.93 mln", "2 012 morts et 5,93 millions")]
    [InlineData("18,000 tents, 1,404 injured", "18.000 Zelte, 1.404 Verletzte")]
    public void FigureSkeleton_NumberFormatsOfOtherLanguages_AreOneValue(string english, string other)
    {
        var a = FigureSkeleton.Compute(english);
        var b = FigureSkeleton.Compute(other);
        Assert.Equal(a.Distinct.Length, a.Shared(b));
        Assert.Equal(1.0, a.OrderAgreement(b));
    }

    [Fact]
    public void FigureSkeleton_YearsAndSmallNumbers_AreLeftOut()
    {
        Assert.Empty(FigureSkeleton.Compute("In 2023, three people and 4 dogs").Distinct);
        Assert.Single(FigureSkeleton.Compute("In 2023, 12 people").Distinct);
    }

    [Fact]
    public void FigureSkeleton_ReversedOrder_AgreesLess()
    {
        var a = FigureSkeleton.Compute("10, 20, 30, 40, 50");
        var b = FigureSkeleton.Compute("50, 40, 30, 20, 10");
        Assert.Equal(5, a.Shared(b));
        Assert.Equal(0.2, a.OrderAgreement(b), 3);
    }

    [Theory]
    [InlineData("Con información de Reuters.")]
    [InlineData("Mit Material von Reuters.")]
    [InlineData("Com informações da Reuters.")]
    public void Detect_CreditLineInAnotherLanguage_IsAStrongCredit(string line)
    {
        var article = Fixtures.Article("a", "Texto del artículo con 2.012 muertos.\n\n" + line);
        var credit = Assert.Single(new CreditDetector().Detect(article));
        Assert.Equal(CreditStrength.Strong, credit.Strength);
        Assert.Equal("Reuters", credit.Name);
    }

    private static ArticleFingerprint Fingerprint(string name, string text, string outlet, LineageOptions options)
    {
        var article = Fixtures.Article(name, text, Day, outlet);
        return ArticleFingerprint.Create(article.Id, text, new CreditDetector(["Meridian Wire"]).Detect(article), Day, options, outlet: outlet);
    }

    private static CorpusContext Run(params (string Name, string Text, string Outlet, int Hours)[] items)
    {
        var articles = items.Select(i => Fixtures.Article(i.Name, i.Text, Day.AddHours(i.Hours), i.Outlet)).ToList();
        var context = new CorpusContext(articles);
        new LineageStage().Process(context, CancellationToken.None);
        return context;
    }
}
