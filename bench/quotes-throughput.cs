#:project ../src/Triangulate.Nlp/Triangulate.Nlp.csproj
#:property Configuration=Release
#:property TreatWarningsAsErrors=false
// Whole-run throughput of quote detection + attribution (QuoteDetector.Detect) over ../shared/data/newsdocs.
// Usage: dotnet run bench/quotes-throughput.cs -- [newsdocs folder] [threads] [rounds]
// Reads every article's "text" once, then times `rounds` passes over all of them on `threads` threads.
using System.Diagnostics;
using System.Text.Json;
using Triangulate.Nlp.Quotes;

string folder = args.Length > 0 ? args[0] : Path.Combine("..", "shared", "data", "newsdocs");
int threads = args.Length > 1 ? int.Parse(args[1]) : 2;
int rounds = args.Length > 2 ? int.Parse(args[2]) : 3;
var texts = new List<string>();
foreach (var file in Directory.GetFiles(folder, "*.jsonl").Order(StringComparer.Ordinal))
{
    foreach (var line in File.ReadLines(file))
    {
        using var doc = JsonDocument.Parse(line);
        texts.Add(doc.RootElement.GetProperty("text").GetString() ?? "");
    }
}

long chars = texts.Sum(t => (long)t.Length);
var detector = new QuoteDetector();
foreach (var t in texts.Take(2000))
{
    detector.Detect(t); // warm-up: JIT and tiered compilation
}

var options = new ParallelOptions { MaxDegreeOfParallelism = threads };
var times = new List<double>();
long quotes = 0;
for (int r = 0; r < rounds; r++)
{
    long found = 0;
    var sw = Stopwatch.StartNew();
    Parallel.ForEach(System.Collections.Concurrent.Partitioner.Create(0, texts.Count, 256), options, range =>
    {
        long local = 0;
        for (int i = range.Item1; i < range.Item2; i++)
        {
            local += detector.Detect(texts[i]).Count;
        }

        Interlocked.Add(ref found, local);
    });
    times.Add(sw.Elapsed.TotalSeconds);
    quotes = found;
}

times.Sort();
double median = times[times.Count / 2];
Console.WriteLine($"articles {texts.Count:N0}, {chars / 1e6:0.0} M chars, threads {threads}, rounds {rounds}");
Console.WriteLine($"median {median:0.000} s: {texts.Count / median:N0} articles/s, {chars / 1e6 / median:0.0} M chars/s; quotes found per pass {quotes:N0}");
