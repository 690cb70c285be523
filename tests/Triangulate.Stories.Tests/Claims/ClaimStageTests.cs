using Triangulate.Core.Annotations;
using Triangulate.Core.Dossier;
using Triangulate.Core.Model;
using Triangulate.Core.Pipeline;
using Triangulate.Nlp.Sentences;
using Triangulate.Nlp.Tokens;
using Triangulate.Stories.Claims;
using Triangulate.TestKit;

namespace Triangulate.Stories.Tests.Claims;

public class ClaimStageTests
{
    private const string Wire = "The council approved a new budget for the river crossings on Tuesday evening after a long debate.";
    private const string Copy = "The council approved a new budget for the river crossings on Tuesday evening after a long debate.";
    private const string Other = "On Tuesday evening the city council approved the new budget for river crossings after long debate.";

    private static Article Make(string id, string text)
    {
        var article = new Article(id, new ArticleSource(id + ".txt"), new ArticleMetadata { Outlet = id }, text);
        new TokenizerStage().Process(article, CancellationToken.None);
        new SentenceStage().Process(article, CancellationToken.None);
        return article;
    }

    private static CorpusContext Context(params (string Id, string Text, string Lineage)[] items)
    {
        var articles = items.Select(i => Make(i.Id, i.Text)).ToList();
        var context = new CorpusContext(articles) { Stories = [new DossierStory { Id = "s1", ArticleIds = [.. articles.Select(a => a.Id)] }] };
        foreach (var item in items)
        {
            context.LineageOf[item.Id] = item.Lineage;
        }

        return context;
    }

    [Fact]
    public void Process_SameStatementInTwoArticlesOfOneLineage_IsUniqueWithOneSource()
    {
        var context = Context(("a", Wire, "L1"), ("b", Copy, "L1"));

        new ClaimStage().Process(context, CancellationToken.None);

        var claim = Assert.Single(context.Stories![0].Claims!);
        Assert.Equal(ClaimStatus.Unique, claim.Status);
        Assert.Equal(1, claim.IndependentSources);
        Assert.Equal(2, claim.ArticleIds.Count);
    }

    [Fact]
    public void Process_ParaphraseInTwoLineages_IsCorroboratedWithExactEvidence()
    {
        var context = Context(("a", Wire, "L1"), ("b", Other, "L2"));

        new ClaimStage().Process(context, CancellationToken.None);

        var claim = Assert.Single(context.Stories![0].Claims!);
        Assert.Equal(ClaimStatus.Corroborated, claim.Status);
        Assert.Equal(2, claim.IndependentSources);
        var byId = context.Articles.ToDictionary(a => a.Id);
        Assert.All(claim.Evidence, e => Assert.Equal(byId[e.ArticleId].Text.Substring(e.Start, e.Length), e.Text));
    }

    [Fact]
    public void Process_UnrelatedStatements_StayApart()
    {
        var context = Context(("a", Wire, "L1"), ("b", "Heavy rain flooded several streets in the northern district overnight, residents reported.", "L2"));

        new ClaimStage().Process(context, CancellationToken.None);

        Assert.Equal(2, context.Stories![0].Claims!.Count);
        Assert.All(context.Stories[0].Claims!, c => Assert.Equal(ClaimStatus.Unique, c.Status));
    }

    [Fact]
    public void Extract_ReportedSpeech_IsAttributedAndNotAlignedWithOwnVoice()
    {
        var own = Make("a", "The bridge was closed to traffic for repairs on Monday morning by the city.");
        var said = Make("b", "The bridge was closed to traffic for repairs on Monday morning, the mayor said.");

        var ownClaims = new ClaimExtractor().Extract(own, "L1");
        var saidClaims = new ClaimExtractor().Extract(said, "L2");
        var groups = new ClaimAligner().Align([.. ownClaims, .. saidClaims]);

        Assert.False(Assert.Single(ownClaims).IsAttributed);
        Assert.True(Assert.Single(saidClaims).IsAttributed);
        Assert.Equal(2, groups.Count);
    }

    [Fact]
    public void Align_SpeakerNamedInTheOwnVoiceStatement_AlignsWithWhatTheSpeakerAnnounced()
    {
        // The speaker reports an act of their own: the own-voice statement that names them says the same thing.
        var own = Named("a", "Harbour master Ines Varga closed the northern pier to ferry traffic on Monday morning.", "Varga");
        var said = Named("b", "The northern pier will be closed to ferry traffic from Monday morning, according to Varga.", "Varga");

        var claims = new ClaimExtractor().Extract(own, "L1").Concat(new ClaimExtractor().Extract(said, "L2")).ToList();
        var groups = new ClaimAligner().Align(claims);

        Assert.Equal("Varga", claims[1].Speaker);
        Assert.Single(groups);
    }

    [Fact]
    public void Align_SpeakerNamedInTheOwnVoiceStatementDeniesTheAct_StaysApart()
    {
        // A denial is no witness of the act it denies: "Varga said she did not close the pier" never corroborates "Varga closed it".
        var own = Named("a", "Harbour master Ines Varga closed the northern pier to ferry traffic on Monday morning.", "Varga");
        var said = Named("b", "The northern pier was not closed to ferry traffic on Monday morning, according to Varga.", "Varga");

        var groups = new ClaimAligner().Align([.. new ClaimExtractor().Extract(own, "L1"), .. new ClaimExtractor().Extract(said, "L2")]);

        Assert.Equal(2, groups.Count);
    }

    [Fact]
    public void Align_SpeakerNotNamedInTheOwnVoiceStatement_StaysApart()
    {
        // "Varga said the pier was closed" does not corroborate "the pier was closed": she is not its subject there.
        var own = Make("a", "The northern pier was closed to ferry traffic on Monday morning after a crack was found.");
        var said = Named("b", "The northern pier was closed to ferry traffic on Monday morning after a crack was found, according to Varga.", "Varga");

        var groups = new ClaimAligner().Align([.. new ClaimExtractor().Extract(own, "L1"), .. new ClaimExtractor().Extract(said, "L2")]);

        Assert.Equal(2, groups.Count);
    }

    [Fact]
    public void Process_BothSidesGiveTheSameFigures_IsNotConflicting()
    {
        // Each outlet gives both shares of one poll: that two different figures meet is no disagreement.
        var context = Context(
            ("a", "In the new poll the mayor leads the field with 21 percent, followed by the council leader at 17 percent.", "L1"),
            ("b", "The council leader trails the mayor in the new poll at 17 percent, while the mayor leads the field with 21 percent.", "L2"));
        foreach (var article in context.Articles)
        {
            article.Annotations.Set(Layers.Quantities, [.. new[] { "21", "17" }
                .Select(v => (At: article.Text.IndexOf(v, StringComparison.Ordinal), Value: double.Parse(v, System.Globalization.CultureInfo.InvariantCulture)))
                .OrderBy(q => q.At)
                .Select(q => new QuantityAnnotation(new TextSpan(q.At, 10), q.Value, "percent"))]);
        }

        new ClaimStage().Process(context, CancellationToken.None);

        Assert.Equal(ClaimStatus.Corroborated, Assert.Single(context.Stories![0].Claims!).Status);
    }

    private static Article Named(string id, string text, string person)
    {
        var article = Make(id, text);
        article.Annotations.Set(Layers.Entities, [new EntityMention(new TextSpan(text.IndexOf(person, StringComparison.Ordinal), person.Length), "PERSON")]);
        return article;
    }

    [Fact]
    public void Process_DifferentFiguresForSameStatement_IsConflicting()
    {
        var context = Context(
            ("a", "Rescuers said the collapse of the old footbridge injured 12 people on Saturday night.", "L1"),
            ("b", "Rescuers said the collapse of the old footbridge injured 14 people on Saturday night.", "L2"));
        foreach (var article in context.Articles)
        {
            var at = article.Text.IndexOf("1", StringComparison.Ordinal);
            article.Annotations.Set(Layers.Quantities, [new QuantityAnnotation(new TextSpan(at, 9), double.Parse(article.Text.AsSpan(at, 2), System.Globalization.CultureInfo.InvariantCulture), "people")]);
        }

        new ClaimStage().Process(context, CancellationToken.None);

        Assert.Equal(ClaimStatus.Conflicting, Assert.Single(context.Stories![0].Claims!).Status);
    }

    [Theory]
    [InlineData("The council approved the budget on Tuesday.", true)]
    [InlineData("\u201cWe will rebuild it,\u201d the mayor said.\u201d", true)]
    [InlineData("Nebraska, Oklahoma File Federal Suit Against Colorado Over Marijuana Legalization", false)]
    public void IsStatement_ClosingPunctuation_SeparatesStatementsFromHeadlines(string text, bool expected) =>
        Assert.Equal(expected, ClaimExtractor.IsStatement(text));

    [SharedDataFact("data/seeds")]
    public void Seeds_Claims_IndependentSourcesCountLineagesNeverArticles()
    {
        var context = StoryStages.Seeds;
        var claims = context.Stories![0].Claims!;

        // Copies of one report repeat statements (the Bloomberg pair, the Reuters pair): several articles, one source.
        // The seeds' one cross-lineage agreement ("Maduro denied…" / "Maduro rejected US claims…") scores 0.36, under
        // the aligner's dev-chosen 0.39, so this test checks the counting on the copies, not corroboration.
        Assert.Contains(claims, c => c.ArticleIds.Count >= 2 && c.IndependentSources == 1);
        foreach (var claim in claims)
        {
            var lineages = claim.ArticleIds.Select(id => context.LineageOf[id]).Distinct().Count();
            Assert.Equal(lineages, claim.IndependentSources);
        }
    }

    [SharedDataFact("data/seeds")]
    public void Seeds_ClaimEvidence_IsExactText()
    {
        var context = StoryStages.Seeds;
        var byId = context.Articles.ToDictionary(a => a.Id);
        Assert.All(context.Stories![0].Claims!.SelectMany(c => c.Evidence), e => Assert.Equal(byId[e.ArticleId].Text.Substring(e.Start, e.Length), e.Text));
    }
}
