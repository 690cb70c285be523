// Story clusterer throughput on ../shared/data/newsdocs (22,004 Reuters-21578 + BBC articles), one thread.
// Pass 1 streams every article once (IDF online, live set capped at 10,000); pass 2 streams them again under
// new ids, with the live set full, which is the figure the issue asks for (articles/s per core with 10,000
// live stories). Rates are per CPU-second of the whole process (GC included), so a busy machine does not
// distort them; the wall-clock rate is printed beside. Usage: dotnet run -c Release --project bench/StoryThroughput [newsdocs folder]
using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using Triangulate.Stories.Clustering;

var folder = args.Length > 0 ? args[0] : Path.Combine(AppContext.BaseDirectory, "../../../../../../shared/data/newsdocs");
var docs = new List<ClusterInput>();
foreach (var file in Directory.GetFiles(folder, "*.jsonl").Order(StringComparer.Ordinal))
{
    foreach (var line in File.ReadLines(file))
    {
        using var json = JsonDocument.Parse(line);
        var r = json.RootElement;
        var published = r.GetProperty("published").GetString();
        docs.Add(new ClusterInput(
            r.GetProperty("id").GetString()!,
            r.GetProperty("title").GetString(),
            r.GetProperty("text").GetString() ?? string.Empty,
            DateTimeOffset.TryParse(published, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var d) ? d : null));
    }
}

var chars = docs.Sum(d => (long)d.Text.Length + (d.Title?.Length ?? 0));
Console.WriteLine($"{docs.Count:N0} articles, {chars / 1e6:0.0} M chars, average {chars / docs.Count:N0} chars");
var options = new StoryClustererOptions { MaxLiveStories = 10_000 };
options = options with
{
    QueryTerms = int.Parse(Environment.GetEnvironmentVariable("QUERY_TERMS") ?? options.QueryTerms.ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture),
    Candidates = int.Parse(Environment.GetEnvironmentVariable("CANDIDATES") ?? options.Candidates.ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture),
    RefineBatches = Environment.GetEnvironmentVariable("REFINE") != "0",
    IndexTermsPerStory = int.Parse(Environment.GetEnvironmentVariable("INDEX_TERMS") ?? options.IndexTermsPerStory.ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture),
};
var limit = int.Parse(Environment.GetEnvironmentVariable("LIMIT") ?? "1000000", CultureInfo.InvariantCulture);
docs = docs.Take(limit).ToList();
var clusterer = new StoryClusterer(options);
Run("pass 1 (cold, live set filling)", docs, clusterer, "", shift: false);

// newsdocs holds ~7,500 stories by our clusterer; vocabulary-shifted copies (every word gets a suffix, so
// they share no term with the originals) fill the live set to its 10,000 cap and retire the oldest.
Run("pass 1b (shifted copies, live set to the cap)", docs, clusterer, "shift-", shift: true);
Run("pass 2 (originals again, 10,000 live stories)", docs, clusterer, "again-", shift: false);

// The pipeline stage uses AddBatch (batch IDF first, then refinement and merge/split re-checks).
Run("pass 3 (AddBatch, as the stage runs it)", docs, clusterer, "batch-", shift: false, batch: true);

static void Run(string name, List<ClusterInput> docs, StoryClusterer clusterer, string prefix, bool shift, bool batch = false)
{
    var inputs = docs.ConvertAll(d => d with { Id = prefix + d.Id, Title = shift ? Shift(d.Title) : d.Title, Text = shift ? Shift(d.Text)! : d.Text });
    GC.Collect();
    var allocated = GC.GetTotalAllocatedBytes(precise: true);
    var process = Process.GetCurrentProcess();
    var cpu = process.TotalProcessorTime;
    var sw = Stopwatch.StartNew();
    if (batch)
    {
        clusterer.AddBatch(inputs);
    }
    else
    {
        foreach (var input in inputs)
        {
            clusterer.Add(input);
        }
    }

    sw.Stop();
    process.Refresh();
    var cpuSeconds = (process.TotalProcessorTime - cpu).TotalSeconds;
    GC.Collect();
    GC.WaitForPendingFinalizers();
    GC.Collect();
    var heap = GC.GetTotalMemory(forceFullCollection: true);
    Console.WriteLine(
        $"{name}: {inputs.Count / cpuSeconds:N0} articles per CPU-second ({cpuSeconds:0.00} s CPU), wall {inputs.Count / sw.Elapsed.TotalSeconds:N0} articles/s ({sw.Elapsed.TotalSeconds:0.00} s), " +
        $"live {clusterer.LiveCount:N0}, retired {clusterer.RetiredCount:N0}, decisions {clusterer.Decisions.Count:N0}, " +
        $"managed heap after {heap / 1048576.0:0} MiB, allocated {(GC.GetTotalAllocatedBytes(precise: true) - allocated) / 1048576.0:0} MiB, " +
        $"peak working set {Environment.WorkingSet / 1048576.0:0} MiB");
}

static string? Shift(string? text) => text is null ? null : System.Text.RegularExpressions.Regex.Replace(text, @"\b(\w+)\b", "$1q");
