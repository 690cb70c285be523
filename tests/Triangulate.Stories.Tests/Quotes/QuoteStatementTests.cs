using Triangulate.Core.Annotations;
using Triangulate.Core.Model;
using Triangulate.Stories.Quotes;

namespace Triangulate.Stories.Tests.Quotes;

/// <summary>One person's statement worded or translated differently by two outlets is one family (issue #22 item 7).</summary>
public sealed class QuoteStatementTests
{
    private static Article Make(string id, string quote, string speaker, string language = "en")
    {
        var text = $"Intro. \u201C{quote}\u201D {speaker} said. More text.";
        var article = new Article(id, new ArticleSource(id + ".txt"), new ArticleMetadata { Language = language }, text);
        var qs = text.IndexOf(quote, StringComparison.Ordinal);
        var ss = text.IndexOf(speaker, qs + quote.Length, StringComparison.Ordinal);
        article.Annotations.Set(Layers.Quotes, [new QuoteAnnotation(new TextSpan(qs, quote.Length), "direct", new TextSpan(ss, speaker.Length), null, speaker)]);
        return article;
    }

    // Two outlets' own translations of one statement made in another language.
    private const string FirstWording = "Our teams have pulled 212 survivors from the rubble in Telvar since the quake struck on Friday";
    private const string SecondWording = "Rescuers dug 212 survivors out of Telvar rubble after the quake struck on Friday, working for two nights";

    [Fact]
    public void Build_SamePersonSameStatementInOtherWords_OneFamilyReworded()
    {
        var families = new QuoteFamilyBuilder().Build([Make("a", FirstWording, "Idris Kahal"), Make("b", SecondWording, "Kahal")]);
        var family = Assert.Single(families);
        Assert.Equal(2, family.Occurrences.Count);
        Assert.Equal("reworded", Assert.Single(family.Variants).Change);
    }

    [Fact]
    public void Build_StatementMatchingOff_TwoFamilies()
    {
        // The same pair without statement matching: word overlap alone keeps them apart, which is what the match fixes.
        var families = new QuoteFamilyBuilder(new QuoteFamilyOptions { MatchStatements = false }).Build([Make("a", FirstWording, "Idris Kahal"), Make("b", SecondWording, "Kahal")]);
        Assert.Equal(2, families.Count);
    }

    [Fact]
    public void Build_SameWordsDifferentPeople_NotJoinedAsAStatement()
    {
        var families = new QuoteFamilyBuilder().Build([Make("a", FirstWording, "Idris Kahal"), Make("b", SecondWording, "Maria Okafor")]);
        Assert.Equal(2, families.Count);
    }

    [Fact]
    public void Build_SamePersonAnotherStatement_StaysApart()
    {
        var other = "The ministry will open two more field hospitals in the Varna highlands next week";
        var families = new QuoteFamilyBuilder().Build([Make("a", FirstWording, "Idris Kahal"), Make("b", other, "Kahal")]);
        Assert.Equal(2, families.Count);
    }

    [Fact]
    public void Build_TranslationWithTheSameFiguresAndNames_OneFamilyTranslated()
    {
        var spanish = "Nuestros equipos han sacado a 212 supervivientes de los escombros en Telvar desde el terremoto del viernes";
        var family = Assert.Single(new QuoteFamilyBuilder().Build([Make("a", FirstWording, "Idris Kahal"), Make("b", spanish, "Idris Kahal", "es")]));
        Assert.Equal("translated", Assert.Single(family.Variants).Change);
    }

    [Fact]
    public void Build_TranslationOfAnotherStatement_StaysApart()
    {
        var spanish = "El ministerio abrirá dos hospitales de campaña más en las tierras altas de Varna la próxima semana";
        Assert.Equal(2, new QuoteFamilyBuilder().Build([Make("a", FirstWording, "Idris Kahal"), Make("b", spanish, "Idris Kahal", "es")]).Count);
    }
}
