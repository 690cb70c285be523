using System.CommandLine;
using System.Diagnostics;
using Triangulate.Cli.Composition;
using Triangulate.Cli.Terminal;
using Triangulate.Core.Pipeline;
using Triangulate.Core.Storage;
using Triangulate.Engine;
using Triangulate.Ingest;

namespace Triangulate.Cli.Commands;

/// <summary>
/// <c>triangulate bench</c>: whole-pipeline throughput on a fixed corpus — articles/s, MB/s, peak memory —
/// for every stage present, with a fresh store per run. Reports each run and the median, because a
/// single run on a shared machine is noise.
/// </summary>
public static class BenchCommand
{
    public static Command Create()
    {
        var inputs = CommonOptions.Inputs();
        var runs = new Option<int>("--runs", "-r") { Description = "Counted runs (the median is reported).", DefaultValueFactory = _ => 3 };
        var stages = new Option<string>("--stages") { Description = "full (every stage) or ingest (read + clean + store).", DefaultValueFactory = _ => "full" };
        stages.AcceptOnlyFromAmong("full", "ingest");
        var noStore = new Option<bool>("--no-store") { Description = "Do not write to a store (measures the pipeline alone)." };
        var parallelism = CommonOptions.Parallelism();
        var command = new Command("bench", $"""
            Measure whole-pipeline throughput on the given inputs: articles/s, MB/s and peak memory.
            Each run uses a fresh temporary SQLite store.

            Examples:
              triangulate bench ../shared/data/newsdocs --stages ingest
              triangulate bench samples/demo --runs 5

            {ExitCodes.Help(storage: "storage error (the temporary store cannot be created)")}
            """)
        {
            inputs, runs, stages, noStore, parallelism,
        };
        var limits = new LimitOptions();
        limits.AddTo(command);
        command.SetAction((parse, ct) => RunAsync(parse.GetValue(inputs)!, Math.Max(1, parse.GetValue(runs)), parse.GetValue(stages) == "ingest", parse.GetValue(noStore), parse.GetValue(parallelism), ct,
            limits.Ingest(parse), limits.Extraction(parse)));
        return command;
    }

    private static async Task<int> RunAsync(string[] inputs, int runs, bool ingestOnly, bool noStore, int? parallelism, CancellationToken ct,
        IngestOptions ingestOptions, Triangulate.Extraction.ArticleExtractorOptions extraction)
    {
        var bytes = InputSizer.TotalBytes(inputs);
        var options = new PipelineOptions { Parallelism = parallelism ?? Environment.ProcessorCount };
        var pipeline = ingestOnly ? PipelineFactory.CreateExtractionOnly(options, extraction: extraction) : PipelineFactory.CreateFull(options, extraction: extraction);
        var stageNames = string.Join(", ", new[] { pipeline.Extractor.Name }.Concat(pipeline.ArticleStages.Select(s => s.Name)).Concat(pipeline.CorpusStages.Select(s => s.Name)));
        Console.WriteLine($"Stages: {stageNames}{(noStore ? "" : ", sqlite store")}");
        Console.WriteLine($"Input: {bytes / 1e6:N1} MB in {string.Join(" ", inputs)}; {options.Parallelism} worker(s); {runs} run(s) after 1 warm-up");
        var rates = new List<(double Articles, double Mb, double Seconds, int Count)>();
        for (var run = 0; run <= runs; run++)
        {
            var tempDir = Path.Combine(Path.GetTempPath(), $"triangulate-bench-{Environment.ProcessId}-{run}");
            Directory.CreateDirectory(tempDir);
            try
            {
                IArticleStore? store = noStore ? null : await StoreOpener.TryOpenAsync(Path.Combine(tempDir, "bench.db"), ct).ConfigureAwait(false);
                if (!noStore && store is null)
                {
                    return ExitCodes.Storage;
                }

                var watch = Stopwatch.StartNew();
                var reader = new InputReader(ingestOptions);
                var result = await new Analyzer(new PipelineRunner(pipeline), store).RunAsync(reader.ReadAsync(inputs, ct), NoProgress.Instance, runCorpus: !ingestOnly, ct).ConfigureAwait(false);
                watch.Stop();
                if (store is not null)
                {
                    await store.DisposeAsync().ConfigureAwait(false);
                }

                var seconds = watch.Elapsed.TotalSeconds;
                var label = run == 0 ? "warm-up" : $"run {run}";
                Console.WriteLine($"{label,-8} {result.ArticleIds.Count,8:N0} articles in {seconds,7:N2} s = {result.ArticleIds.Count / seconds,9:N0} articles/s, {bytes / 1e6 / seconds,7:N1} MB/s (article stages {result.ArticleStagesElapsed.TotalSeconds:N2} s, corpus stages {result.CorpusStagesElapsed.TotalSeconds:N2} s)");
                if (run > 0)
                {
                    rates.Add((result.ArticleIds.Count / seconds, bytes / 1e6 / seconds, seconds, result.ArticleIds.Count));
                }
            }
            finally
            {
                try
                {
                    Directory.Delete(tempDir, recursive: true);
                }
                catch (IOException)
                {
                    // A leftover temp folder is harmless; the figures are what matters.
                }
            }
        }

        var median = rates.OrderBy(r => r.Articles).ElementAt(rates.Count / 2);
        var peak = Process.GetCurrentProcess().PeakWorkingSet64;
        Console.WriteLine($"median   {median.Count,8:N0} articles: {median.Articles:N0} articles/s, {median.Mb:N1} MB/s; peak memory {peak / 1048576.0:N0} MiB");
        return ExitCodes.Ok;
    }

}
