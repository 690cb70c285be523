using System.Text.Json;
using Triangulate.Core.Dossier;
using Triangulate.Stories.Tests.Claims;
using Triangulate.Stories.Tests.Lineage;
using Triangulate.TestKit;
using Xunit.Abstractions;

namespace Triangulate.Stories.Tests.Conflicts;

public class ConflictStageTests(ITestOutputHelper output)
{
    private void Dump(IEnumerable<DossierConflict> conflicts)
    {
        foreach (var c in conflicts)
        {
            output.WriteLine($"{c.Kind} {c.Assessment} {c.About}: " + string.Join(" | ", c.Sides.Select(s => $"{s.Value}={s.Normalized} [{string.Join(",", s.ArticleIds)}] {string.Join(" / ", s.Evidence.Select(e => e.Text))}")));
        }
    }

    [SharedDataFact("data/seeds")]
    public void Seeds_SevenAgainstSixCitizensReleased_IsNumericContradictionWithBothSides()
    {
        var context = StoryStages.Seeds;
        var conflicts = context.Stories![0].Conflicts!;
        Dump(conflicts);
        var seeds = SeedArticles.Load(cleaned: true);
        var id002 = seeds.Single(kv => kv.Key.StartsWith("002", StringComparison.Ordinal)).Value.Id;
        var id003 = seeds.Single(kv => kv.Key.StartsWith("003", StringComparison.Ordinal)).Value.Id;

        var conflict = Assert.Single(conflicts, c => c.Kind == "numeric" && c.Sides.Any(s => s.Normalized == 7) && c.Sides.Any(s => s.Normalized == 6));
        Assert.Equal("contradiction", conflict.Assessment);
        Assert.Contains(id002, conflict.Sides.Single(s => s.Normalized == 7).ArticleIds);
        Assert.Contains(id003, conflict.Sides.Single(s => s.Normalized == 6).ArticleIds);
        Assert.Contains(conflict.Sides.SelectMany(s => s.Evidence), e => e.Text == "seven US citizens");
        Assert.Contains(conflict.Sides.SelectMany(s => s.Evidence), e => e.Text == "six Americans");
    }

    [SharedDataFact("data/seeds")]
    public void Seeds_Conflicts_EvidenceIsExactText()
    {
        var context = StoryStages.Seeds;
        var byId = context.Articles.ToDictionary(a => a.Id);
        Assert.All(context.Stories![0].Conflicts!.SelectMany(c => c.Sides).SelectMany(s => s.Evidence),
            e => Assert.Equal(byId[e.ArticleId].Text.Substring(e.Start, e.Length), e.Text));
    }

    [Fact]
    public void Demo_EveryGoldConflict_FoundWithItsAssessmentAndSides()
    {
        var context = StoryStages.Demo;
        var conflicts = context.Stories![0].Conflicts!;
        Dump(conflicts);
        var idOf = StoryCorpus.DemoByRef.ToDictionary(kv => kv.Key, kv => kv.Value.Id, StringComparer.Ordinal);
        using var gold = JsonDocument.Parse(File.ReadAllText(DemoArticles.GoldPath));
        foreach (var expected in gold.RootElement.GetProperty("conflicts").EnumerateArray())
        {
            var kind = expected.GetProperty("kind").GetString()!;
            var assessment = expected.GetProperty("assessment").GetString()!;
            var sides = expected.TryGetProperty("sides", out var s)
                ? s.EnumerateArray().Select(Side).ToList()
                : [Side(expected.GetProperty("old")), Side(expected.GetProperty("new"))];
            var found = conflicts.Where(c => c.Kind == kind && c.Assessment == assessment && c.Sides.Count == sides.Count
                && sides.All(side => c.Sides.Any(fs => Matches(fs, side, idOf)))).ToList();
            Assert.True(found.Count == 1, $"gold {kind} {assessment} '{expected.GetProperty("about").GetString()}' found {found.Count} times");
        }

        // Exact: nothing beyond the gold list (the optional serious-condition update included).
        Assert.Equal(gold.RootElement.GetProperty("conflicts").GetArrayLength(), conflicts.Count(c => c.Kind is "numeric" or "attribution"));
    }

    private static (string Value, List<string> Refs) Side(JsonElement side) =>
        (side.GetProperty("value").ToString(), side.GetProperty("refs").EnumerateArray().Select(r => r.GetString()!).ToList());

    // A side matches when it has the gold value (number or speaker) and every gold article; our side may hold more.
    private static bool Matches(DossierConflictSide found, (string Value, List<string> Refs) gold, Dictionary<string, string> idOf)
    {
        var valueOk = found.Normalized is { } n
            ? n.ToString(System.Globalization.CultureInfo.InvariantCulture) == gold.Value
            : Fold(found.Value).Contains(Fold(gold.Value), StringComparison.Ordinal) || Fold(gold.Value).EndsWith(Fold(found.Value).Split(' ')[^1], StringComparison.Ordinal);
        return valueOk && gold.Refs.All(r => found.ArticleIds.Contains(idOf[r]));
    }

    private static string Fold(string s) => string.Concat(s.Select(Stories.Lineage.TextFolding.Fold));
}
