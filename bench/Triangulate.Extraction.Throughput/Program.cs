using System.Diagnostics;
using System.Text.Json;
using Triangulate.Core.Ingest;
using Triangulate.Extraction.PlainText;

// Plain-text extraction + boilerplate cleaning throughput on one thread, measured in process CPU time so that
// other work on a shared machine does not distort it. Corpus: the 181 gold bodies of ../shared/data/extraction
// plus the five seeds. Usage: dotnet run -c Release --project bench/Triangulate.Extraction.Throughput [shared-dir]
var shared = args.Length > 0 ? args[0] : Path.Combine(AppContext.BaseDirectory, "../../../../../../shared");
var gold = Path.Combine(shared, "data/extraction/gold.jsonl");
var seeds = Path.Combine(shared, "data/seeds");
if (!File.Exists(gold) || !Directory.Exists(seeds))
{
    Console.Error.WriteLine($"shared data not found under {Path.GetFullPath(shared)}; pass its path as the first argument");
    return 1;
}

var texts = File.ReadLines(gold)
    .Select(l => JsonDocument.Parse(l).RootElement.GetProperty("articleBody").GetString() ?? "")
    .Concat(Directory.GetFiles(seeds, "*.txt").Select(File.ReadAllText))
    .ToArray();
var chars = texts.Sum(t => (long)t.Length);
var extractor = new PlainTextExtractor();
foreach (var t in texts)
{
    extractor.Extract(t, DocumentHints.None);
}

var rates = new List<double>();
for (var round = 0; round < 9; round++)
{
    var cpu0 = Process.GetCurrentProcess().TotalProcessorTime;
    for (var rep = 0; rep < 5; rep++)
    {
        foreach (var t in texts)
        {
            extractor.Extract(t, DocumentHints.None);
        }
    }

    var cpu = (Process.GetCurrentProcess().TotalProcessorTime - cpu0).TotalSeconds;
    rates.Add(5 * texts.Length / cpu);
}

rates.Sort();
var median = rates[rates.Count / 2];
Console.WriteLine($"{texts.Length} articles, mean {chars / texts.Length} chars: median {median:F0} articles per CPU-second " +
    $"({median * chars / texts.Length / 1e6:F1} M chars/s), range {rates[0]:F0}-{rates[^1]:F0}, 1 thread");
return 0;
