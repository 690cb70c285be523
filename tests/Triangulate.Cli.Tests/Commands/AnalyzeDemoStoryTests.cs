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
    public void Analyze_Demo_EveryGoldActorFoundOnceWithItsTypeAndArticles()
    {
        var articles = _run.Dossier["articles"]!.AsArray();
        var stories = _run.Dossier["stories"]!.AsArray();
        var problems = new List<string>();
        foreach (var gold in _run.Gold["entities"]!.AsArray())
        {
            var name = (string)gold!["name"]!;
            var names = gold["variants"]!.AsArray().Select(v => Fold((string)v!)).Append(Fold(name)).ToHashSet(StringComparer.Ordinal);
            var found = new List<JsonNode>();
            foreach (var story in stories)
            {
                var inStory = story!["entities"]!.AsArray().Where(e => names.Contains(Fold((string)e!["name"]!))).ToList();
                if (inStory.Count > 1)
                {
                    problems.Add($"{name}: {inStory.Count} entities in story {story["id"]}");
                }

                found.AddRange(inStory.Select(e => e!));
            }

            if (found.Count == 0)
            {
                problems.Add($"{name}: not found");
                continue;
            }

            problems.AddRange(found.Where(e => (string?)e["type"] != (string?)gold["type"]).Select(e => $"{name}: typed {e["type"]}, gold {gold["type"]}"));
            var ids = found.SelectMany(e => e["mentions"]!.AsArray().Concat(e["credits"]!.AsArray())).Select(m => (string)m!["articleId"]!).ToHashSet(StringComparer.Ordinal);
            var expected = gold["refs"]!.AsArray().Select(r => (string)articles.Single(a => AnalyzeDemoTests.IsRef((string)a!["input"]!, (string)r!))!["id"]!).ToHashSet(StringComparer.Ordinal);
            if (!ids.SetEquals(expected))
            {
                problems.Add($"{name}: in {ids.Count} articles, gold {expected.Count}; missing {string.Join(", ", expected.Except(ids))}; extra {string.Join(", ", ids.Except(expected))}");
            }
        }

        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }

    [Fact]
    public void Analyze_Demo_ConflictsAreExactlyTheGoldOnes()
    {
        // A numeric conflict is a figure track: each of its steps that updates or contradicts the one before is one
        // gold pair, so the demo's 12 → 14 → 16 injured track holds the gold contradiction and the gold update.
        static IEnumerable<string> Keys(JsonNode c) => (string)c["kind"]! == "numeric"
            ? c["sides"]!.AsArray().Select(s => (string?)s!["step"]).Where(step => step is "update" or "contradiction").Select(step => $"numeric/{step}")
            : [$"{c["kind"]}/{c["assessment"]}"];
        var conflicts = Bridge["conflicts"]!.AsArray();
        var found = conflicts.SelectMany(c => Keys(c!)).Order(StringComparer.Ordinal);
        var gold = _run.Gold["conflicts"]!.AsArray().Select(c => $"{c!["kind"]}/{c["assessment"]}").Order(StringComparer.Ordinal);

        Assert.Equal(gold, found); // no date conflict between the past budget debate and the planned motion debate
        foreach (var numeric in conflicts.Where(c => (string)c!["kind"]! == "numeric"))
        {
            Assert.NotNull(numeric!["trackId"]);
            var asOf = numeric["sides"]!.AsArray().Select(s => DateTimeOffset.Parse((string)s!["asOf"]!, System.Globalization.CultureInfo.InvariantCulture)).ToList();
            Assert.Equal(asOf.Order(), asOf); // sides in as-of order
        }
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
