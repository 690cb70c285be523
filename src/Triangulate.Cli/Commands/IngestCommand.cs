using System.CommandLine;
using Triangulate.Cli.Composition;
using Triangulate.Cli.Terminal;
using Triangulate.Core.Diagnostics;
using Triangulate.Core.Pipeline;
using Triangulate.Core.Storage;
using Triangulate.Engine;
using Triangulate.Ingest;

namespace Triangulate.Cli.Commands;

/// <summary>
/// <c>triangulate ingest</c>: run every stage on new articles and update the stored stories (the living
/// engine), or with <c>--stages extract</c> only read, clean and store them.
/// </summary>
public static class IngestCommand
{
    public static Command Create()
    {
        var inputs = CommonOptions.Inputs();
        var db = CommonOptions.Db(CommonOptions.UserDb);
        var quiet = CommonOptions.Quiet();
        var verbose = CommonOptions.Verbose();
        var siteRules = CommonOptions.SiteRules();
        var parallelism = CommonOptions.Parallelism();
        var stages = new Option<string>("--stages")
        {
            Description = "full: every stage, lineages and stories updated (default); extract: read, clean and store only (run 'triangulate reprocess' later to analyse them).",
            HelpName = "full|extract",
            DefaultValueFactory = _ => "full",
        };
        stages.AcceptOnlyFromAmong("full", "extract");
        var batch = CommonOptions.Batch();
        var timings = new Option<bool>("--timings")
        {
            Description = "At the end, print the time each per-article stage and each phase of the story writer took, summed over the run (compare with a cluster silo's shutdown line; docs/scale-out.md).",
        };
        var web = new WebOptions();
        var command = new Command("ingest", $"""
            Ingest articles: run every stage on the new ones and update the stories they join, in one transaction
            per batch (a killed run leaves the store consistent; running it again adds no duplicate). Articles
            already stored are recognised and left alone.

            Examples:
              triangulate ingest samples/demo
              triangulate ingest feed.xml articles.jsonl --db news.db
              triangulate ingest today/ --db news.db --stages extract
              triangulate ingest https://example.org/feed.xml https://example.org/news-sitemap.xml

            {ExitCodes.Help(
                inputsFailed: "some inputs failed (the rest were stored), or no input held an article (then no new database is created)",
                storage: ExitCodes.StorageMeaning)}
            """)
        {
            inputs, db, stages, batch, quiet, verbose, parallelism, siteRules, timings,
        };
        web.AddTo(command);
        var limits = new LimitOptions();
        limits.AddTo(command);
        command.SetAction(async (parse, ct) =>
        {
            var paths = parse.GetValue(inputs)!;
            if (!InputCheck.AnyExists(paths))
            {
                return ExitCodes.SomeInputsFailed;
            }

            var storePath = parse.GetValue(db) ?? CommonOptions.UserDb;
            var created = new CreatedPaths().Store(storePath);
            var store = await StoreOpener.TryOpenAsync(storePath, ct).ConfigureAwait(false);
            if (store is null)
            {
                return ExitCodes.Storage;
            }

            using var fetcher = web.CreateFetcher(parse, TimeProvider.System);
            var reader = new InputReader(limits.Ingest(parse, fetcher));
            var description = store.Description;
            RunSummary summary;
            try
            {
                summary = parse.GetValue(stages) == "extract"
                    ? await ExtractOnlyAsync(store, reader, paths, parse.GetValue(siteRules), limits.Extraction(parse), parse.GetValue(quiet), ct).ConfigureAwait(false)
                    : await FullAsync(store, reader, paths, parse, parallelism, siteRules, batch, limits, quiet, ct).ConfigureAwait(false);
            }
            catch (StoreException ex)
            {
                DiagnosticPrinter.Fatal(ex.Code, ex.Message);
                return ExitCodes.Storage;
            }
            finally
            {
                await store.DisposeAsync().ConfigureAwait(false);
            }

            DiagnosticPrinter.Print(summary.Diagnostics, parse.GetValue(verbose));
            if (summary.Articles == 0)
            {
                created.Undo();
                InputCheck.NothingWritten($"no input held an article ({DiagnosticPrinter.Counts(summary.Diagnostics)})");
                return ExitCodes.SomeInputsFailed;
            }

            Console.WriteLine($"{summary.Added} new, {summary.AlreadyStored} already stored in {description}; {DiagnosticPrinter.Counts(summary.Diagnostics)}");
            if (summary.StoryLine is { } storyLine)
            {
                Console.WriteLine(storyLine);
            }

            if (parse.GetValue(timings))
            {
                Console.WriteLine(summary.Timings ?? "stage time: no stage ran (--stages extract reads and stores only)");
            }

            return summary.HasInputErrors ? ExitCodes.SomeInputsFailed : ExitCodes.Ok;
        });
        return command;
    }

    /// <summary>
    /// What the JIT did in this process: methods compiled and the time spent compiling them (all threads). A ReadyToRun
    /// publish (bench/publish-r2r.sh) should show far fewer methods than a plain build; docs/living.md, "Speed work, round 5".
    /// </summary>
    private static string JitLine() =>
        $"jit: {System.Runtime.JitInfo.GetCompiledMethodCount():N0} methods, {System.Runtime.JitInfo.GetCompilationTime().TotalSeconds:F2} s compiling";

    /// <summary>What either kind of ingest reports back.</summary>
    private sealed record RunSummary(int Articles, int Added, int AlreadyStored, IReadOnlyList<Diagnostic> Diagnostics, bool HasInputErrors, string? StoryLine, string? Timings = null);

    private static async Task<RunSummary> ExtractOnlyAsync(IArticleStore store, InputReader reader, string[] paths, Extraction.Html.SiteRules.SiteRuleSet? siteRules,
        Extraction.ArticleExtractorOptions extraction, bool quiet, CancellationToken ct)
    {
        var runner = new PipelineRunner(PipelineFactory.CreateExtractionOnly(siteRules: siteRules, extraction: extraction));
        var stored = await ProgressDisplay.RunAsync("Ingesting", InputSizer.TotalBytes(paths), quiet,
            sink => new Analyzer(runner, store).RunAsync(reader.ReadAsync(paths, ct), sink, runCorpus: false, ct)).ConfigureAwait(false);
        return new RunSummary(stored.ArticleIds.Count, stored.Added, stored.AlreadyStored, stored.Diagnostics, stored.HasInputErrors, null);
    }

    private static async Task<RunSummary> FullAsync(IArticleStore store, InputReader reader, string[] paths, ParseResult parse, Option<int?> parallelism,
        Option<Extraction.Html.SiteRules.SiteRuleSet?> siteRules, Option<int> batch, LimitOptions limits, Option<bool> quiet, CancellationToken ct)
    {
        var engine = LivingEngines.Create(store, parse.GetValue(parallelism), parse.GetValue(siteRules), limits.Extraction(parse));
        var result = await ProgressDisplay.RunAsync("Ingesting", InputSizer.TotalBytes(paths), parse.GetValue(quiet),
            sink => engine.IngestAsync(reader.ReadAsync(paths, ct), sink, parse.GetValue(batch), flush: true, ct)).ConfigureAwait(false);
        var stories = $"{result.TouchedStories.Count} stor{(result.TouchedStories.Count == 1 ? "y" : "ies")} updated, {result.Events} event{(result.Events == 1 ? "" : "s")} ('triangulate changes' lists them)";
        var spent = $"stage time: {engine.Runner.Timings}{Environment.NewLine}writer time: {engine.Timings}{Environment.NewLine}{JitLine()}";
        return new RunSummary(result.ArticleIds.Count, result.Added, result.AlreadyStored, result.Diagnostics, result.HasInputErrors, stories, spent);
    }
}
