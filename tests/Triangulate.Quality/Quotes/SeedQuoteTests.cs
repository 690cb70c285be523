using Triangulate.Core.Dossier;
using Triangulate.Core.Model;
using Triangulate.Stories.Quotes;
using Triangulate.TestKit;

namespace Triangulate.Quality.Quotes;

/// <summary>
/// Every quotation in the five seed articles, found with its speaker and grouped across the outlets that
/// carry it. Expectations are labelled by speaker and a few words of each quotation.
/// </summary>
public sealed class SeedQuoteTests
{
    private static readonly Lazy<(List<Article> Articles, List<DossierQuoteFamily> Families)> Seeds = new(Load);

    private static (List<Article>, List<DossierQuoteFamily>) Load()
    {
        var folder = SharedData.Path("data", "seeds")!;
        var articles = Directory.GetFiles(folder, "*.txt").Order(StringComparer.Ordinal)
            .Select(f => QuoteTestCorpus.Annotate(Path.GetFileName(f)[..3], File.ReadAllText(f))).ToList();
        return (articles, new QuoteFamilyBuilder().Build(articles));
    }

    private static DossierQuoteFamily Family(string words) =>
        Seeds.Value.Families.Single(f => f.Text.Contains(words, StringComparison.OrdinalIgnoreCase) || f.Occurrences.Any(o => o.Text.Contains(words, StringComparison.OrdinalIgnoreCase)));

    [SharedDataTheory("data/seeds")]
    [InlineData("respectfully invite you", "Maduro", "000,001")]
    [InlineData("defeat the falsehoods", "Maduro", "002,004")]
    [InlineData("These and other issues", "Maduro", "002,004")]
    [InlineData("functioned flawlessly", "Maduro", "002,004")]
    [InlineData("most egregious instance", "Maduro", "002,004")]
    [InlineData("maximum pressure", "White House", "000,001")]
    [InlineData("clearly making overtures", "Ramsey", "002,004")]
    [InlineData("Trump wants a war", "Ziemer", "002,004")]
    [InlineData("not the legitimate government", "White House spokesperson", "000")]
    [InlineData("sat across from", "Grenell", "000")]
    [InlineData("spoken to Mr. Maduro", "Grenell", "000")]
    [InlineData("been engaging", "Grenell", "000")]
    [InlineData("quite likely", "Trump advisor", "003")]
    [InlineData("possible that we are going to talk", "Trump", "003")]
    public void Seeds_Quotation_FoundWithSpeakerAcrossOutlets(string words, string speaker, string articleIds)
    {
        var family = Family(words);
        Assert.Contains(speaker, family.Speaker ?? "", StringComparison.Ordinal);
        var expected = articleIds.Split(',');
        Assert.Equal(expected, family.Occurrences.Select(o => o.ArticleId).Distinct().Order(StringComparer.Ordinal).ToArray());
        Assert.DoesNotContain(family.Variants, v => v.Change == "misattributed");
    }

    [SharedDataFact("data/seeds")]
    public void Seeds_WhiteHouseQuote_KeepsEachOutletsSpeakerWords()
    {
        var family = Family("maximum pressure");
        Assert.Equal("the spokesperson", family.Occurrences.Single(o => o.ArticleId == "000").SpeakerText);
        Assert.Equal("a White House official", family.Occurrences.Single(o => o.ArticleId == "001").SpeakerText);
    }

    [SharedDataFact("data/seeds")]
    public void Seeds_PronounSpeakers_ResolveToNamedPerson()
    {
        var egregious = Family("most egregious instance");
        Assert.All(egregious.Occurrences, o => Assert.Equal("he", o.SpeakerText));
        Assert.Contains("Maduro", egregious.Speaker, StringComparison.Ordinal);
        Assert.Contains("Trump", Family("possible that we are going to talk").Speaker, StringComparison.Ordinal);
    }

    [SharedDataFact("data/seeds")]
    public void Seeds_EveryOccurrence_TextEqualsArticleTextAtSpan()
    {
        var byId = Seeds.Value.Articles.ToDictionary(a => a.Id);
        foreach (var o in Seeds.Value.Families.SelectMany(f => f.Occurrences))
        {
            Assert.Equal(byId[o.ArticleId].Text.Substring(o.Start, o.Length), o.Text);
        }
    }

    [SharedDataFact("data/seeds")]
    public void Seeds_Apostrophes_NeverOpenAQuotation()
    {
        // "Maduro's", "doesn't", "Venezuela’s" must stay inside words: no quotation starts or ends inside a word.
        foreach (var article in Seeds.Value.Articles)
        {
            foreach (var q in article.Annotations.Get(Core.Annotations.Layers.Quotes).Where(q => q.Kind != "indirect"))
            {
                Assert.False(q.Span.Start > 0 && char.IsLetter(article.Text[q.Span.Start - 1]), $"{article.Id}: {article.Slice(q.Span)}");
            }
        }
    }
}
