using System.Text.Json.Nodes;

namespace Triangulate.Cli.Tests.Commands;

/// <summary>The demo's story sections end to end (actors, quotes, figures, dates) against samples/demo-gold.json.</summary>
public sealed class AnalyzeDemoStoryTests : IClassFixture<AnalyzeDemoTests.DemoRun>
{
    private readonly AnalyzeDemoTests.DemoRun _run;

    public AnalyzeDemoStoryTests(AnalyzeDemoTests.DemoRun run) => _run = run;

    private JsonNode Bridge => _run.Dossier["stories"]!.AsArray().OrderByDescending(s => s!["articleIds"]!.AsArray().Count).First()!;

    private const string Accented = "áàâäãåéèêëíìîïóòôöõøúùûüñçýÿłśźżćńšžčřđ";
    private const string Plain = "aaaaaaeeeeiiiioooooouuuuncyylszzcnszcrd";

    /// <summary>Lower case without accents. (String.Normalize is a no-op under invariant globalization.)</summary>
    private static string Fold(string s)
    {
        var chars = s.ToLowerInvariant().ToCharArray();
        for (var i = 0; i < chars.Length; i++)
        {
            var at = Accented.IndexOf(chars[i], StringComparison.Ordinal);
            if (at >= 0)
            {
                chars[i] = Plain[at];
            }
        }

        return new string(chars);
    }

    [Fact]
    public void Analyze_Demo_PeopleAreOneEntityEachAndNamesakesKeptApart()
    {
        var entities = Bridge["entities"]!.AsArray();
        foreach (var gold in _run.Gold["entities"]!.AsArray().Where(e => (string?)e!["type"] == "PERSON"))
        {
            var name = Fold((string)gold!["name"]!);
            var found = entities.Where(e => Fold((string)e!["name"]!) == name || e!["aliases"]!.AsArray().Any(a => Fold((string)a!) == name)).ToList();
            Assert.True(found.Count == 1, $"{gold["name"]}: {found.Count} entities");
            Assert.Equal("PERSON", (string?)found[0]!["type"]);
        }

        var mayor = entities.Single(e => Fold((string)e!["name"]!) == "jose nunez")!;
        Assert.DoesNotContain(mayor["aliases"]!.AsArray(), a => Fold((string)a!).StartsWith("lucia", StringComparison.Ordinal));
    }

    [Fact]
    public void Analyze_Demo_QuoteFamiliesHaveGoldSpeakersAndTheMisattributionIsFlagged()
    {
        var families = Bridge["quotes"]!.AsArray();
        foreach (var gold in _run.Gold["quotes"]!.AsArray())
        {
            var words = Fold((string)gold!["words"]!);
            var family = families.FirstOrDefault(f => f!["occurrences"]!.AsArray().Any(o => Fold((string)o!["text"]!).Contains(words, StringComparison.Ordinal)));
            Assert.True(family is not null, $"no family for '{gold["words"]}'");
            Assert.Equal(Fold((string)gold["speaker"]!), Fold((string)family!["speaker"]!));
        }

        Assert.Contains(families, f => f!["variants"]!.AsArray().Any(v => (string?)v!["change"] == "misattributed"));
    }

    [Fact]
    public void Analyze_Demo_ConflictingInjuryFiguresAreAllListedWithEvidence()
    {
        var quantities = Bridge["quantities"]!.AsArray();
        foreach (var value in new[] { 12, 14, 16 })
        {
            Assert.Contains(quantities, q => (double)q!["value"]! == value && q["evidence"]!.AsArray().Count > 0);
        }
    }

    [Fact]
    public void Analyze_Demo_TimelineHoldsEveryGoldDate()
    {
        var dates = Bridge["timeline"]!.AsArray().Select(t => (string)t!["date"]!).ToHashSet(StringComparer.Ordinal);
        foreach (var gold in _run.Gold["timeline"]!.AsArray())
        {
            Assert.Contains((string)gold!["date"]!, dates);
        }
    }
}
