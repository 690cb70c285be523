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
        var goldConflicts = gold.RootElement.GetProperty("conflicts").EnumerateArray().Select(GoldConflict).ToList();
        foreach (var (kind, assessment, about, sides) in goldConflicts)
        {
            // A numeric gold pair is two consecutive sides of one figure track, the later side carrying the gold
            // assessment as its step; an attribution conflict is the whole entry.
            var found = kind == "numeric"
                ? conflicts.Where(c => c.Kind == kind && c.TrackId is not null && Enumerable.Range(1, Math.Max(0, c.Sides.Count - 1)).Any(i =>
                    Matches(c.Sides[i - 1], sides[0], idOf) && Matches(c.Sides[i], sides[1], idOf) && c.Sides[i].Step == assessment)).ToList()
                : conflicts.Where(c => c.Kind == kind && c.Assessment == assessment && c.Sides.Count == sides.Count
                    && sides.All(side => c.Sides.Any(fs => Matches(fs, side, idOf)))).ToList();
            Assert.True(found.Count == 1, $"gold {kind} {assessment} '{about}' found {found.Count} times");
        }

        // Exact: no side beyond the gold ones, and one entry per figure track (gold pairs sharing a side are one track).
        foreach (var conflict in conflicts.Where(c => c.Kind is "numeric" or "attribution"))
        {
            Assert.All(conflict.Sides, side => Assert.Contains(goldConflicts, g => g.Kind == conflict.Kind && g.Sides.Any(gs => Matches(side, gs, idOf))));
        }

        Assert.Equal(GoldTracks(goldConflicts), conflicts.Count(c => c.Kind is "numeric" or "attribution"));
        Assert.DoesNotContain(conflicts, c => c.Kind == "place");
    }

    private static (string Kind, string Assessment, string About, List<(string Value, List<string> Refs)> Sides) GoldConflict(JsonElement expected) =>
        (expected.GetProperty("kind").GetString()!, expected.GetProperty("assessment").GetString()!, expected.GetProperty("about").GetString()!,
            expected.TryGetProperty("sides", out var s)
                ? s.EnumerateArray().Select(Side).ToList()
                : [Side(expected.GetProperty("old")), Side(expected.GetProperty("new"))]);

    /// <summary>Numeric gold conflicts that share a side (the same value and articles) are steps of one track.</summary>
    private static int GoldTracks(List<(string Kind, string Assessment, string About, List<(string Value, List<string> Refs)> Sides)> gold)
    {
        var groups = gold.Select((g, i) => i).ToArray();
        for (var i = 0; i < gold.Count; i++)
        {
            for (var j = i + 1; j < gold.Count; j++)
            {
                if (gold[i].Kind == "numeric" && gold[j].Kind == "numeric"
                    && gold[i].Sides.Any(a => gold[j].Sides.Any(b => a.Value == b.Value && a.Refs.SequenceEqual(b.Refs))))
                {
                    var from = groups[j];
                    for (var k = 0; k < groups.Length; k++)
                    {
                        groups[k] = groups[k] == from ? groups[i] : groups[k];
                    }
                }
            }
        }

        return groups.Distinct().Count();
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

    private static string Fold(string s) => string.Concat(s.Select(Core.Text.TextFolding.Fold));
}
