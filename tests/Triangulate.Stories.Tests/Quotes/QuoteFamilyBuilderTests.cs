using Triangulate.Core.Annotations;
using Triangulate.Core.Model;
using Triangulate.Stories.Quotes;

namespace Triangulate.Stories.Tests.Quotes;

public sealed class QuoteFamilyBuilderTests
{
    /// <summary>An article whose text holds the quotation and a speaker mention, with a quotes layer pointing at them.</summary>
    private static Article Make(string id, string quote, string speakerText, string? speakerName = null, string kind = "direct", string? language = null)
    {
        var text = $"Intro. \u201C{quote}\u201D {speakerText} said. More text.";
        var article = new Article(id, new ArticleSource(id + ".txt"), new ArticleMetadata { Language = language }, text);
        int qs = text.IndexOf(quote, StringComparison.Ordinal);
        int ss = text.IndexOf(speakerText, qs + quote.Length, StringComparison.Ordinal);
        article.Annotations.Set(Layers.Quotes, [new QuoteAnnotation(new TextSpan(qs, quote.Length), kind, new TextSpan(ss, speakerText.Length), null, speakerName ?? speakerText)]);
        return article;
    }

    private const string Full = "We will find out exactly what happened on that bridge, and if anyone failed in their duty, they will answer for it";

    [Fact]
    public void Build_PronounWithoutAntecedent_SpeakerUnknownAndWordKept()
    {
        var article = Make("a", Full, "He");
        var quote = article.Annotations.Get<QuoteAnnotation>(Layers.Quotes)[0];
        article.Annotations.Set(Layers.Quotes, [quote with { SpeakerName = null }]);

        var f = Assert.Single(new QuoteFamilyBuilder().Build([article]));

        Assert.Null(f.Speaker);
        Assert.Equal("He", Assert.Single(f.Occurrences).SpeakerText);
    }

    [Fact]
    public void Build_SpeakerBrokenAcrossLines_ShownOnOneLineEvidenceExact()
    {
        var article = Make("a", Full, "a mines\nministry source", speakerName: null);
        var quote = article.Annotations.Get<QuoteAnnotation>(Layers.Quotes)[0];
        article.Annotations.Set(Layers.Quotes, [quote with { SpeakerName = null }]);

        var f = Assert.Single(new QuoteFamilyBuilder().Build([article]));

        Assert.Equal("a mines ministry source", f.Speaker);
        Assert.Equal("a mines\nministry source", Assert.Single(f.Occurrences).SpeakerText);
    }

    [Fact]
    public void Build_NoArticles_ReturnsEmpty()
    {
        Assert.Empty(new QuoteFamilyBuilder().Build([]));
    }

    [Fact]
    public void Build_SameQuoteTwoOutlets_OneFamilyNoVariant()
    {
        var families = new QuoteFamilyBuilder().Build([Make("a", Full, "Mayor José Núñez", "José Núñez"), Make("b", Full + ".", "Núñez", "Núñez")]);
        var f = Assert.Single(families);
        Assert.Equal(2, f.Occurrences.Count);
        Assert.Equal("José Núñez", f.Speaker);
        Assert.Empty(f.Variants);
    }

    [Fact]
    public void Build_TrimmedVersion_ClassifiedTrimmedAndCanonicalIsFullest()
    {
        var families = new QuoteFamilyBuilder().Build([Make("short", "We will find out exactly what happened on that bridge,", "Núñez"), Make("full", Full, "José Núñez")]);
        var f = Assert.Single(families);
        Assert.Equal(Full, f.Text);
        var v = Assert.Single(f.Variants);
        Assert.Equal("trimmed", v.Change);
        Assert.Equal(["short"], v.ArticleIds);
    }

    [Fact]
    public void Build_RepunctuatedCurlyAndDashes_NoVariant()
    {
        var a = Make("a", "Four days. That is how long it took for the warning we voted to ignore to come true", "she", "Lucía Núñez");
        var b = Make("b", "Four days \u2014 that is how long it took for the warning we voted to ignore to come true", "she", "Lucia Nunez");
        var f = Assert.Single(new QuoteFamilyBuilder().Build([a, b]));
        Assert.Empty(f.Variants);
    }

    [Fact]
    public void Build_ApostrophesStraightCurlyOrDropped_NoVariant()
    {
        // "don't", "don’t" and "dont" are one word to the quotation reader.
        var a = Make("a", "We don't know yet what caused the collapse, and we won't guess before the engineers report", "she", "Lucía Núñez");
        var b = Make("b", "We don\u2019t know yet what caused the collapse, and we wont guess before the engineers report", "she", "Lucía Núñez");
        var f = Assert.Single(new QuoteFamilyBuilder().Build([a, b]));
        Assert.Empty(f.Variants);
    }

    [Fact]
    public void Build_RewordedVersion_ClassifiedReworded()
    {
        var a = Make("a", Full, "José Núñez");
        var b = Make("b", "We are going to find out exactly what happened on that bridge. If anyone failed in their duty they will answer for it", "Núñez");
        var f = Assert.Single(new QuoteFamilyBuilder().Build([a, b]));
        Assert.Equal("reworded", Assert.Single(f.Variants).Change);
    }

    [Fact]
    public void Build_SameWordsOtherPerson_ClassifiedMisattributed()
    {
        const string words = "The bridge was inspected, it was monitored, and nothing in those reports told us it was about to fail";
        var families = new QuoteFamilyBuilder().Build([
            Make("a", words, "PATA director Ingrid Halvorsen", "Ingrid Halvorsen"),
            Make("b", words, "Ingrid Halvorsen", "Ingrid Halvorsen"),
            Make("c", words, "Mayor Núñez", "José Núñez"),
        ]);
        var f = Assert.Single(families);
        Assert.Equal("Ingrid Halvorsen", f.Speaker);
        var v = Assert.Single(f.Variants);
        Assert.Equal("misattributed", v.Change);
        Assert.Equal(["c"], v.ArticleIds);
    }

    [Fact]
    public void Build_GenericSpeakersDiffer_NotMisattributed()
    {
        const string words = "The council's policy is firm pressure on the operator, and no talks are planned";
        var f = Assert.Single(new QuoteFamilyBuilder().Build([Make("a", words, "the spokesperson", "White House spokesperson"), Make("b", words, "a White House official", "White House official")]));
        Assert.DoesNotContain(f.Variants, v => v.Change == "misattributed");
    }

    [Fact]
    public void Build_OtherLanguage_ClassifiedTranslated()
    {
        var a = Make("a", Full, "José Núñez", language: "en");
        var b = Make("b", "We will find out exactly what happened on that bridge and anyone who failed will answer for it", "Núñez", language: "es");
        var f = Assert.Single(new QuoteFamilyBuilder().Build([a, b]));
        Assert.Equal("translated", Assert.Single(f.Variants).Change);
    }

    [Fact]
    public void Build_DifferentQuotesSameSpeaker_TwoFamilies()
    {
        var a = Make("a", Full, "José Núñez");
        var b = Make("b", "The budget was balanced and the council approved every line of it", "José Núñez");
        Assert.Equal(2, new QuoteFamilyBuilder().Build([a, b]).Count);
    }

    [Fact]
    public void Build_Occurrences_TextEqualsArticleTextAtSpan()
    {
        var articles = new[] { Make("a", Full, "José Núñez"), Make("b", "We will find out exactly what happened on that bridge,", "Núñez") };
        foreach (var f in new QuoteFamilyBuilder().Build(articles))
        {
            foreach (var o in f.Occurrences)
            {
                var article = articles.Single(a => a.Id == o.ArticleId);
                Assert.Equal(article.Text.Substring(o.Start, o.Length), o.Text);
            }
        }
    }

    [Fact]
    public void Build_IndirectOnlyInOneArticle_NoFamily()
    {
        var a = Make("a", "the offer was part of an effort to restart talks with Washington", "people familiar with the matter", kind: "indirect");
        Assert.Empty(new QuoteFamilyBuilder().Build([a]));
    }

    [Fact]
    public void Build_SingletonsDisabled_DropsOneArticleFamilies()
    {
        var families = new QuoteFamilyBuilder(new QuoteFamilyOptions { IncludeSingletons = false }).Build([Make("a", Full, "José Núñez")]);
        Assert.Empty(families);
    }
}
