using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using Triangulate.Core.Model;
using Triangulate.Core.Pipeline;
using Triangulate.Stories.Lineage;

// Throughput of lineage candidate generation + alignment over newsdocs.
// Usage: dotnet run -c Release --project bench/Triangulate.Lineage.Harness -- [newsdocs folder] [threads] [repeats]
var folder = args.Length > 0 ? args[0] : Path.Combine(FindRepoRoot(), "..", "shared", "data", "newsdocs");
var threads = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 2;
var repeats = args.Length > 2 ? int.Parse(args[2], CultureInfo.InvariantCulture) : 5;
var articles = Triangulate.Quality.Lineage.NewsDocsReader.Load(folder);
var chars = articles.Sum(a => (long)a.Text.Length);
Console.WriteLine($"{articles.Count} articles, {chars / 1e6:F1} M chars, {threads} threads, {Environment.ProcessorCount} cores visible");

var options = new LineageOptions();
var ordered = PublicationOrder.UndatedLast(articles);
var detector = new CreditDetector(articles.Select(a => a.Metadata.Outlet ?? "").Where(o => o.Length > 0).Distinct());
var fingerprintCpu = new List<double>();
var indexCpu = new List<double>();
var stageCpu = new List<double>();
var fingerprintTimes = new List<double>();
var indexTimes = new List<double>();
var stageTimes = new List<double>();
long retained = 0;
long fingerprintBytes = 0;
var aligned = 0L;
for (var r = 0; r <= repeats; r++)
{
    var start = GC.GetTotalMemory(forceFullCollection: true);
    var cpu = Cpu();
    var sw = Stopwatch.StartNew();
    var fingerprints = new ArticleFingerprint[ordered.Count];
    Parallel.For(0, ordered.Count, new ParallelOptions { MaxDegreeOfParallelism = threads }, i =>
    {
        var a = ordered[i];
        fingerprints[i] = ArticleFingerprint.Create(a.Id, a.Text, detector.Detect(a), a.Metadata.Published, options, a.Metadata.Title, a.Metadata.Outlet);
    });
    var fingerprintSeconds = sw.Elapsed.TotalSeconds;
    var fingerprintCpuSeconds = Cpu() - cpu;

    var before = GC.GetTotalMemory(forceFullCollection: true);
    fingerprintBytes = before - start;
    cpu = Cpu();
    sw.Restart();
    var index = new LineageIndex(options);
    foreach (var f in fingerprints)
    {
        index.Add(f);
    }

    var indexSeconds = sw.Elapsed.TotalSeconds;
    var indexCpuSeconds = Cpu() - cpu;
    fingerprints = null;
    var after = GC.GetTotalMemory(forceFullCollection: true);
    GC.KeepAlive(index);

    cpu = Cpu();
    sw.Restart();
    var context = new CorpusContext(articles);
    new LineageStage(options).Process(context, CancellationToken.None);
    var stageSeconds = sw.Elapsed.TotalSeconds;
    var stageCpuSeconds = Cpu() - cpu;
    if (r == 0)
    {
        continue; // warm-up (JIT, tiering)
    }

    fingerprintTimes.Add(fingerprintSeconds);
    fingerprintCpu.Add(fingerprintCpuSeconds);
    indexCpu.Add(indexCpuSeconds);
    stageCpu.Add(stageCpuSeconds);
    indexTimes.Add(indexSeconds);
    stageTimes.Add(stageSeconds);
    retained = after - before;
    aligned = index.AlignedPairs;
}

double Median(List<double> xs) => xs.Order().ElementAt(xs.Count / 2);
var n = articles.Count;
Console.WriteLine($"fingerprint (tokens, shingles, MinHash, fingerprints, figures, names, credits): {n / Median(fingerprintTimes):N0} articles/s ({chars / Median(fingerprintTimes) / 1e6:F1} M chars/s)");
Console.WriteLine($"index (candidates + alignment + decision, 1 thread): {n / Median(indexTimes):N0} articles/s, {aligned:N0} pairs aligned ({(double)aligned / n:F1} per article)");
Console.WriteLine($"candidate generation + alignment, end to end: {n / (Median(fingerprintTimes) + Median(indexTimes)):N0} articles/s");
Console.WriteLine($"LineageStage.Process (with dossier lineages): {n / Median(stageTimes):N0} articles/s");
Console.WriteLine($"memory: fingerprints (alignment data) {fingerprintBytes / n:N0} bytes per article; index postings and maps {retained / n:N0} bytes per article");
Console.WriteLine($"medians of {repeats} runs after one warm-up");

// CPU time is what a dedicated core would spend: on a shared, oversubscribed machine it is the honest figure.
// Two cores: fingerprinting splits across both; indexing is one sequential stream that overlaps the next batch.
var fpCpu = Median(fingerprintCpu);
var ixCpu = Median(indexCpu);
Console.WriteLine($"CPU seconds: fingerprint {fpCpu:F2}, index {ixCpu:F2} -> per core: fingerprint {n / fpCpu:N0} articles/s, index {n / ixCpu:N0} articles/s");
Console.WriteLine($"2 dedicated cores, phases one after the other (fingerprints on both cores, then the index): {n / ((fpCpu / 2) + ixCpu):N0} articles/s");
Console.WriteLine($"LineageStage.Process CPU seconds {Median(stageCpu):F2} (fingerprints, index, dossier lineages with reworded-sentence shares)");
Console.WriteLine($"2 dedicated cores, pipelined as LineageStage runs it (index on one core, fingerprints on the rest): {n / Math.Max(ixCpu, (fpCpu + ixCpu) / 2):N0} articles/s");

static double Cpu() => Process.GetCurrentProcess().TotalProcessorTime.TotalSeconds;

static string FindRepoRoot()
{
    var dir = new DirectoryInfo(AppContext.BaseDirectory);
    while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Triangulate.slnx")))
    {
        dir = dir.Parent;
    }

    return dir?.FullName ?? Directory.GetCurrentDirectory();
}
