using System.Text.Json;
using Triangulate.Core.Dossier;
using Triangulate.Core.Model;
using Triangulate.Stories.Quotes;
using Triangulate.TestKit;

namespace Triangulate.Quality.Quotes;

/// <summary>
/// The demo gold's "quotes" (samples/demo-gold.json): each family found with its speaker, each outlet's
/// version with its speaker words, and the variants (trimmed, reworded, misattributed) marked. Plain-text
/// files are read as they are; HTML, RSS and JSON Lines through the crude strip in <see cref="QuoteTestCorpus"/>.
/// </summary>
public sealed class DemoQuoteTests
{
    private static readonly string DemoFolder = Path.Combine(SharedData.RepoRoot, "samples", "demo");
    private static readonly string GoldPath = Path.Combine(SharedData.RepoRoot, "samples", "demo-gold.json");

    private static readonly Lazy<(JsonDocument Gold, List<DossierQuoteFamily> Families)> Demo = new(Load);

    private static (JsonDocument, List<DossierQuoteFamily>) Load()
    {
        var gold = JsonDocument.Parse(File.ReadAllText(GoldPath));
        var refs = gold.RootElement.GetProperty("quotes").EnumerateArray()
            .SelectMany(q => q.GetProperty("occurrences").EnumerateArray().Select(o => o.GetProperty("ref").GetString()!))
            .Distinct().ToList();
        var articles = refs.Select(r => QuoteTestCorpus.Annotate(r, QuoteTestCorpus.DemoText(DemoFolder, r))).ToList();
        return (gold, new QuoteFamilyBuilder().Build(articles));
    }

    public static TheoryData<string> GoldQuoteIds()
    {
        var data = new TheoryData<string>();
        if (File.Exists(GoldPath))
        {
            using var gold = JsonDocument.Parse(File.ReadAllText(GoldPath));
            foreach (var q in gold.RootElement.GetProperty("quotes").EnumerateArray())
            {
                data.Add(q.GetProperty("id").GetString()!);
            }
        }

        return data;
    }

    private static string Squash(string s) => string.Join(' ', s.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)).TrimEnd('.', ',', ' ');

    [Theory]
    [MemberData(nameof(GoldQuoteIds))]
    public void Demo_GoldQuote_FamilySpeakerOccurrencesAndVariants(string id)
    {
        var gold = Demo.Value.Gold.RootElement.GetProperty("quotes").EnumerateArray().Single(q => q.GetProperty("id").GetString() == id);
        string words = gold.GetProperty("words").GetString()!;
        var family = Demo.Value.Families.Single(f => f.Occurrences.Any(o => o.Text.Contains(words, StringComparison.Ordinal)));
        Assert.Equal(gold.GetProperty("speaker").GetString(), family.Speaker);
        foreach (var o in gold.GetProperty("occurrences").EnumerateArray())
        {
            string reference = o.GetProperty("ref").GetString()!;
            string text = Squash(o.GetProperty("text").GetString()!);
            var found = family.Occurrences.Where(x => x.ArticleId == reference && Squash(x.Text) == text).ToList();
            Assert.True(found.Count == 1, $"{id}: {reference} should carry \"{text}\"; found [{string.Join(" | ", family.Occurrences.Where(x => x.ArticleId == reference).Select(x => x.Text))}]");
            Assert.Equal(o.GetProperty("speakerText").GetString(), found[0].SpeakerText);
            if (o.TryGetProperty("kind", out var kind))
            {
                Assert.Equal(kind.GetString(), found[0].Kind);
            }

            string variant = o.GetProperty("variant").GetString()!;
            var marked = family.Variants.Where(v => v.ArticleIds.Contains(reference)).Select(v => v.Change).ToList();
            if (variant is "trimmed" or "reworded" or "misattributed")
            {
                Assert.Contains(variant, marked);
            }
            else
            {
                Assert.Empty(marked);
            }
        }
    }
}
