using System.Globalization;
using System.Reflection;
using Triangulate.Quality.Stories;
using Triangulate.Stories.Clustering;

// Story clustering on the dev splits, for tuning StoryClustererOptions (docs/stories.md, "Tuning").
// Usage: dotnet run -c Release --project bench/Triangulate.Stories.Harness -- [--split dev|test] [--sets a,b]
//        [Option=value ...] [Option=v1|v2|v3 ...]   (a '|' list sweeps that option; several lists sweep their product)
// Sets: ecbplus, basil, allsides, ecbplus-redated, counts, aeb; "set:ner" runs it through extraction and the
// entity stage as `analyze` does, plain "set" hands the text over as the floors are measured (ECB+, BASIL,
// AllSides). Never pass --split test while tuning. Accuracy only: speed is measured in bench/Triangulate.Benchmarks.
var shared = Environment.GetEnvironmentVariable("TRIANGULATE_SHARED") ?? Path.GetFullPath("../shared");
var split = "dev";
var sets = new List<string> { "ecbplus", "basil", "allsides", "ecbplus:ner", "ecbplus-redated:ner", "counts:ner", "aeb:ner" };
var sweeps = new List<(PropertyInfo Property, object[] Values)>();
for (var i = 0; i < args.Length; i++)
{
    if (args[i] == "--split")
    {
        split = args[++i];
    }
    else if (args[i] == "--sets")
    {
        sets = [.. args[++i].Split(',')];
    }
    else
    {
        var eq = args[i].IndexOf('=', StringComparison.Ordinal);
        var property = typeof(StoryClustererOptions).GetProperty(args[i][..eq]) ?? throw new ArgumentException("unknown option " + args[i]);
        sweeps.Add((property, [.. args[i][(eq + 1)..].Split('|').Select(v => Convert.ChangeType(v, property.PropertyType, CultureInfo.InvariantCulture))]));
    }
}

var stories = Path.Combine(shared, "data", "stories");
var labels = Path.Combine(AppContext.BaseDirectory, "../../../../../tests/Triangulate.Quality/Stories/labels/aeb-stories.tsv");
var loaded = new List<(string Name, List<GoldDocument> Docs, List<List<ClusterInput>> Runs)>();
foreach (var spec in sets)
{
    var set = spec.Split(':')[0];
    var ner = spec.EndsWith(":ner", StringComparison.Ordinal);
    List<GoldDocument> docs = set switch
    {
        "ecbplus" or "ecbplus-redated" => [.. StoryGold.EcbPlus(stories).Where(d => d.Split == split)],
        "basil" => [.. StoryGold.Basil(stories).Where(d => d.Split == split)],
        "allsides" => [.. StoryGold.AllSides(stories).Where(d => d.Split == split)],
        "counts" or "counts-bundles" => DevelopingStoryGold.Counts(Path.Combine(shared, "data", "counts"), split),
        "aeb" => AebStoryGold.Load(Path.Combine(shared, "data", "extraction"), split, Path.GetFullPath(labels)),
        _ => throw new ArgumentException("unknown set " + set),
    };
    if (set == "ecbplus-redated")
    {
        docs = DevelopingStoryGold.EcbPlusRedated(docs);
    }

    // A bundled set is many small runs, each clustered on its own (DevelopingStoryGold.CountsBundles).
    var parts = set == "counts-bundles" ? DevelopingStoryGold.CountsBundles(docs) : [docs];
    parts = [.. parts.Select(StoryGold.StreamOrder)];
    docs = [.. parts.SelectMany(p => p)];
    var inputs = ner ? StoryInputs.Annotated(docs, extracted: set == "aeb") : StoryInputs.Plain(docs);
    var byId = inputs.ToDictionary(i => i.Id, StringComparer.Ordinal);
    loaded.Add((spec, docs, [.. parts.Select(p => p.ConvertAll(d => byId[d.Id]))]));
    Console.Error.WriteLine($"{set}: {docs.Count} docs loaded in {parts.Count} run(s)");
}

foreach (var options in Combinations(sweeps, 0, new StoryClustererOptions()))
{
    Console.WriteLine("== " + string.Join(" ", sweeps.Select(s => $"{s.Property.Name}={s.Property.GetValue(options)}")));
    var sum = 0.0;
    foreach (var (name, docs, runs) in loaded)
    {
        var predicted = new Dictionary<string, string>(StringComparer.Ordinal);
        var decisions = new List<ClusterDecision>();
        for (var r = 0; r < runs.Count; r++)
        {
            var clusterer = new StoryClusterer(options);
            clusterer.AddBatch(runs[r]);
            decisions.AddRange(clusterer.Decisions.Select(d => d with { StoryId = $"r{r}/{d.StoryId}" }));
            foreach (var input in runs[r])
            {
                predicted[input.Id] = runs.Count == 1 ? clusterer.StoryOf(input.Id)!.Id : $"r{r}/{clusterer.StoryOf(input.Id)!.Id}";
            }
        }

        var score = DevelopingScore.Compute(docs, predicted);
        sum += score.Clustering.BcubedF1 + score.Clustering.PairF1;
        Console.WriteLine($"  {name,-20} {score}{(runs.Count > 1 ? " | " + SmallRunScore.Compute(GoldRuns(docs, runs), predicted) : string.Empty)}");
        if (Environment.GetEnvironmentVariable("HARNESS_MISSES") is { } misses && name.StartsWith(misses, StringComparison.Ordinal))
        {
            PrintMisses(docs, predicted);
        }

        if (Environment.GetEnvironmentVariable("HARNESS_TRACE") is { } trace)
        {
            Trace(docs, decisions, [.. trace.Split(',')]);
        }

        if (Environment.GetEnvironmentVariable("HARNESS_DUMP") is { } dump)
        {
            // Each article's predicted story, for looking at the splits outside the harness.
            Directory.CreateDirectory(dump);
            File.WriteAllLines(Path.Combine(dump, name.Replace(':', '-') + ".tsv"), docs.Select(d => $"{d.Id}\t{d.Cluster}\t{predicted[d.Id]}"));
        }
    }

    Console.WriteLine($"  sum B3+pair F1 {sum:F4}");
}

static List<IReadOnlyList<GoldDocument>> GoldRuns(List<GoldDocument> docs, List<List<ClusterInput>> runs)
{
    var gold = docs.ToDictionary(d => d.Id, StringComparer.Ordinal);
    return runs.ConvertAll(r => (IReadOnlyList<GoldDocument>)r.ConvertAll(i => gold[i.Id]));
}

// Every decision that touched the traced stories' articles or the stories they went to.
static void Trace(List<GoldDocument> docs, List<ClusterDecision> decisions, HashSet<string> clusters)
{
    var ids = docs.Where(d => clusters.Contains(d.Cluster)).ToDictionary(d => d.Id, d => d, StringComparer.Ordinal);
    var traced = new HashSet<string>(StringComparer.Ordinal);
    foreach (var dec in decisions)
    {
        if ((dec.ArticleId is { } a && ids.ContainsKey(a)) || traced.Contains(dec.StoryId) || (dec.MovedArticleIds?.Any(ids.ContainsKey) ?? false))
        {
            traced.Add(dec.StoryId);
            var d = dec.ArticleId is { } x && ids.TryGetValue(x, out var gd) ? $"{gd.Cluster} {gd.Published:MM-dd} {gd.Outlet} {gd.Title}" : dec.ArticleId;
            var moved = dec.MovedArticleIds is null ? string.Empty : string.Join(",", dec.MovedArticleIds.Select(m => ids.TryGetValue(m, out var md) ? md.Cluster : "other"));
            Console.WriteLine($"    {dec.Sequence} {dec.Kind} {dec.StoryId} {dec.OtherStoryId} {dec.Score} {d} {moved}");
        }
    }
}

// Developing stories that did not stay whole, and stories that hold pages of one site about different events.
static void PrintMisses(List<GoldDocument> docs, Dictionary<string, string> predicted)
{
    foreach (var story in docs.GroupBy(d => d.Cluster).Where(g => g.Count() > 1 && g.Select(d => predicted[d.Id]).Distinct().Count() > 1).Take(40))
    {
        Console.WriteLine($"    split {story.Key}:");
        foreach (var d in story.OrderBy(d => d.Published))
        {
            Console.WriteLine($"      {d.Published:yyyy-MM-dd} {predicted[d.Id],-12} {d.Outlet,-22} {Short(d.Title)}");
        }
    }

    foreach (var story in docs.GroupBy(d => predicted[d.Id]).Where(g => g.Select(d => d.Cluster).Distinct().Count() > 1).Take(40))
    {
        Console.WriteLine($"    mixed {story.Key}:");
        foreach (var d in story.OrderBy(d => d.Published))
        {
            Console.WriteLine($"      {d.Published:yyyy-MM-dd} {d.Cluster,-12} {d.Outlet,-22} {Short(d.Title)}");
        }
    }

    static string Short(string? s) => s is null ? "(no title)" : s.Length > 90 ? s[..90] : s;
}

static IEnumerable<StoryClustererOptions> Combinations(List<(PropertyInfo Property, object[] Values)> sweeps, int index, StoryClustererOptions current)
{
    if (index == sweeps.Count)
    {
        yield return current;
        yield break;
    }

    foreach (var value in sweeps[index].Values)
    {
        var next = current with { };
        sweeps[index].Property.SetValue(next, value);
        foreach (var o in Combinations(sweeps, index + 1, next))
        {
            yield return o;
        }
    }
}
