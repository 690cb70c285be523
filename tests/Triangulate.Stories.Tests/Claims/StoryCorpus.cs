using Triangulate.Core.Model;
using Triangulate.Core.Pipeline;
using Triangulate.Stories.Entities;
using Triangulate.Stories.Quotes;
using Triangulate.Stories.Tests.Lineage;
using Triangulate.TestKit;

namespace Triangulate.Stories.Tests.Claims;

/// <summary>
/// Builds a corpus context the way the pipeline would for the claim, conflict, framing and summary stages:
/// the real per-article stages, lineage, one hand-made story holding every article, entities and quotes.
/// </summary>
internal static class StoryCorpus
{
    private static readonly Lazy<CorpusContext> SeedContext = new(() => Build(SeedArticles.Load(cleaned: true).Values.ToList()));
    private static readonly Lazy<(CorpusContext Context, Dictionary<string, Article> ByRef)> DemoContext = new(BuildDemo);

    /// <summary>The five seeds, every section stage before claims already run (shared, read-only use).</summary>
    public static CorpusContext Seeds => SeedContext.Value;

    /// <summary>The demo corpus (all stories as one story: the conflicts are within the bridge story anyway).</summary>
    public static CorpusContext Demo => DemoContext.Value.Context;

    public static Dictionary<string, Article> DemoByRef => DemoContext.Value.ByRef;

    public static CorpusContext Build(IReadOnlyList<Article> articles) =>
        OneStoryCorpus.Build(articles, new StoryEntitiesStage(), new QuoteFamilyStage());

    private static (CorpusContext, Dictionary<string, Article>) BuildDemo()
    {
        var byRef = DemoArticles.Load();
        using var gold = System.Text.Json.JsonDocument.Parse(File.ReadAllText(DemoArticles.GoldPath));
        var bridge = gold.RootElement.GetProperty("articles").EnumerateArray()
            .Where(a => a.GetProperty("story").GetString() == "bridge")
            .Select(a => a.GetProperty("ref").GetString()!)
            .ToHashSet(StringComparer.Ordinal);
        var kept = byRef.Where(kv => bridge.Contains(kv.Key)).ToDictionary(kv => kv.Key, kv => kv.Value, StringComparer.Ordinal);
        return (Build(kept.Values.ToList()), kept);
    }
}
