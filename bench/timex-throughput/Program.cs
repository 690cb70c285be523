using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using Triangulate.Nlp.Dates;
using Triangulate.Nlp.Quantities;

// Usage: dotnet run -c Release --project bench/timex-throughput -- <newsdocs folder> [threads=2] [rounds=3]
var folder = args.Length > 0 ? args[0] : "../shared/data/newsdocs";
var threads = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 2;
var rounds = args.Length > 2 ? int.Parse(args[2], CultureInfo.InvariantCulture) : 3;
var docs = new List<(string Text, DateOnly? Published)>();
foreach (var file in Directory.GetFiles(folder, "*.jsonl").Order(StringComparer.Ordinal))
{
    foreach (var line in File.ReadLines(file))
    {
        using var json = JsonDocument.Parse(line);
        var text = json.RootElement.GetProperty("text").GetString() ?? "";
        DateOnly? published = json.RootElement.TryGetProperty("published", out var p) && p.ValueKind == JsonValueKind.String
            && DateTime.TryParse(p.GetString(), CultureInfo.InvariantCulture, DateTimeStyles.None, out var dt) ? DateOnly.FromDateTime(dt) : null;
        docs.Add((text, published));
    }
}

var chars = docs.Sum(d => (long)d.Text.Length);
Console.WriteLine($"{docs.Count} articles, {chars / 1e6:F1} M chars, {threads} threads");
var tagger = new TemporalTagger();
var extractor = new QuantityExtractor();
long found = 0;
void RunAll()
{
    Parallel.For(0, docs.Count, new ParallelOptions { MaxDegreeOfParallelism = threads }, () => 0L, (i, _, local) =>
    {
        var dates = tagger.Tag(docs[i].Text, docs[i].Published);
        var quantities = extractor.Extract(docs[i].Text, dates);
        return local + dates.Count + quantities.Count;
    }, local => Interlocked.Add(ref found, local));
}

RunAll(); // warm-up (JIT, tiering)
for (var r = 0; r < rounds; r++)
{
    found = 0;
    var sw = Stopwatch.StartNew();
    RunAll();
    sw.Stop();
    Console.WriteLine($"round {r + 1}: {sw.Elapsed.TotalSeconds:F2} s, {docs.Count / sw.Elapsed.TotalSeconds:F0} articles/s, {chars / 1e6 / sw.Elapsed.TotalSeconds:F1} M chars/s, {found} annotations");
}
