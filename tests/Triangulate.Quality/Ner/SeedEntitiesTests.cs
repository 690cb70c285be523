using Triangulate.Core.Dossier;
using Triangulate.Core.Model;
using Triangulate.Nlp.Entities;
using Triangulate.Nlp.Sentences;
using Triangulate.Nlp.Tokens;
using Triangulate.Stories.Entities;
using Triangulate.TestKit;
using Xunit.Abstractions;

namespace Triangulate.Quality.Ner;

/// <summary>
/// End to end on the five seed articles (one story): tokens → sentences → entities → canonical entities.
/// Expectations are names and types we labelled by reading the seeds.
/// </summary>
public class SeedEntitiesTests(ITestOutputHelper output)
{
    private static readonly Lazy<IReadOnlyList<DossierEntity>> Seeds = new(Build);

    private static IReadOnlyList<DossierEntity> Build()
    {
        var folder = SharedData.Path("data", "seeds")!;
        var articles = new List<Article>();
        foreach (var file in Directory.GetFiles(folder, "*.txt").Order(StringComparer.Ordinal))
        {
            var article = new Article(Path.GetFileNameWithoutExtension(file), new ArticleSource(file), new ArticleMetadata(), File.ReadAllText(file));
            new TokenizerStage().Process(article, CancellationToken.None);
            new SentenceStage().Process(article, CancellationToken.None);
            new EntityStage().Process(article, CancellationToken.None);
            articles.Add(article);
        }

        return new EntityCanonicalizer().Canonicalize(articles);
    }

    [SharedDataTheory("data/seeds")]
    [InlineData("Nicolás Maduro", "PERSON")]
    [InlineData("Donald Trump", "PERSON")]
    [InlineData("Richard Grenell", "PERSON")]
    [InlineData("Marco Rubio", "PERSON")]
    [InlineData("Pete Hegseth", "PERSON")]
    [InlineData("Venezuela", "LOCATION")]
    [InlineData("Caracas", "LOCATION")]
    [InlineData("Paraguay", "LOCATION")]
    [InlineData("United States", "LOCATION")]
    [InlineData("Reuters", "ORG")]
    [InlineData("CBS News", "ORG")]
    [InlineData("Conservative Political Action Conference", "ORG")]
    [InlineData("Tren de Aragua", "ORG")]
    [InlineData("Joe St. Clair", "PERSON")]
    [InlineData("Atlantic Council", "ORG")]
    [InlineData("Center for Strategic and International Studies", "ORG")]
    [InlineData("Geoff Ramsey", "PERSON")]
    [InlineData("Henry Ziemer", "PERSON")]
    [InlineData("Dan Caine", "PERSON")]
    [InlineData("Puerto Rico", "LOCATION")]
    [InlineData("Caribbean", "LOCATION")]
    [InlineData("White House", "ORG")] // metonymy: "the White House said"
    [InlineData("Semafor", "ORG")] // a small outlet: "told Semafor"
    [InlineData("Axios", "ORG")]
    [InlineData("Bloomberg", "ORG")]
    public void Seeds_Actor_FoundWithType(string name, string type)
    {
        foreach (var e in Seeds.Value)
        {
            output.WriteLine($"{e.Id} {e.Type} {e.Name} ×{e.Mentions.Count} [{string.Join("; ", e.Aliases)}] {string.Join(" / ", e.Descriptors.Select(d => d.Text))}");
        }

        var entity = Assert.Single(Seeds.Value, e => e.Name == name);
        Assert.Equal(type, entity.Type);
    }

    [SharedDataFact("data/seeds")]
    public void Seeds_MaduroVariants_MergedIntoOneEntity()
    {
        // Every PERSON mention of Maduro, however spelt or titled, lands in one entity (a title-case headline the
        // tagger reads as an ORG is a tagging error, not a merge error, so only people are checked).
        var maduro = Assert.Single(Seeds.Value, e => e.Type == "PERSON" && e.Mentions.Any(m => m.Text.Contains("Maduro", StringComparison.Ordinal)));
        Assert.Equal("Nicolás Maduro", maduro.Name);
        Assert.Contains("Nicolas Maduro", maduro.Aliases);
        Assert.Contains("Maduro", maduro.Aliases);
        Assert.True(maduro.Mentions.Select(m => m.ArticleId).Distinct().Count() >= 4, "Maduro is in (nearly) every seed article");
        Assert.Contains(maduro.Descriptors, d => d.Text.Contains("authoritarian", StringComparison.Ordinal));
    }

    [SharedDataFact("data/seeds")]
    public void Seeds_PersonVariants_NeverSplitByAccentsOrTitles()
    {
        var people = Seeds.Value.Where(e => e.Type == "PERSON").ToList();
        var keys = people.Select(e => Fold(e.Name)).ToList();
        Assert.Equal(keys.Count, keys.Distinct(StringComparer.Ordinal).Count());
    }

    [SharedDataFact("data/seeds")]
    public void Seeds_AcronymAndCountryAliases_Linked()
    {
        Assert.Contains("CPAC", Seeds.Value.Single(e => e.Name == "Conservative Political Action Conference").Aliases);
        Assert.Contains("U.S.", Seeds.Value.Single(e => e.Name == "United States").Aliases);
    }

    private static string Fold(string s) => s.Replace('á', 'a').Replace('é', 'e').Replace('í', 'i').Replace('ó', 'o').Replace('ú', 'u').ToLowerInvariant();
}
