using System.CommandLine;
using Triangulate.Cli.Composition;
using Triangulate.Cli.Configuration;
using Triangulate.Cli.Terminal;
using Triangulate.Core.Pipeline;
using Triangulate.Engine;
using Triangulate.Extraction;
using Triangulate.Extraction.Html.SiteRules;
using Triangulate.Ingest;
using Triangulate.Ingest.Web;
using Triangulate.Reports.Building;
using Triangulate.Reports.Html;
using Triangulate.Reports.Json;

namespace Triangulate.Cli.Commands;

/// <summary>
/// <c>triangulate analyze</c>: the main job. Ingests the inputs, runs every stage, stores new articles,
/// and writes dossier.json and report.html.
/// </summary>
public static class AnalyzeCommand
{
    public static Command Create()
    {
        var inputs = CommonOptions.Inputs();
        var output = new Option<string>("--out", "-o") { Description = "Folder for dossier.json and report.html (created if missing).", HelpName = "DIR", Required = true };
        var db = CommonOptions.Db("DIR/triangulate.db");
        var quiet = CommonOptions.Quiet();
        var verbose = CommonOptions.Verbose();
        var parallelism = ConfigFlags.Bind(CommonOptions.Parallelism(), "Pipeline:Parallelism");
        var siteRules = CommonOptions.SiteRules();
        var web = new WebOptions();
        var includeStored = new Option<int>("--include-stored")
        {
            Description = "Also analyse up to N of the newest articles that earlier runs stored in the database, so a story that grows over several runs is told whole (0: only these inputs).",
            HelpName = "N",
            DefaultValueFactory = _ => 0,
        };
        includeStored.Validators.Add(r =>
        {
            if (r.GetValueOrDefault<int>() < 0)
            {
                r.AddError("--include-stored must be 0 or more.");
            }
        });
        var command = new Command("analyze", $"""
            Ingest inputs, run every stage, and write DIR/dossier.json and DIR/report.html.

            Examples:
              triangulate analyze samples/demo --out out/demo
              triangulate analyze ../shared/data/seeds --out out/seeds --db ~/news.db
              cat article.html | triangulate analyze - --out out/one
              triangulate analyze today/ --out out/story --db ~/news.db --include-stored 5000
              triangulate analyze https://example.org/feed.xml outlets.opml --out out/today

            {ExitCodes.Help(
                inputsFailed: "some inputs failed (the output holds the rest), or no input held an article (then nothing is written: no report, no new database)",
                usage: "usage error (unknown option, bad value) or --out cannot be written",
                storage: ExitCodes.StorageMeaning)}
            """)
        {
            inputs, output, db, quiet, verbose, parallelism, includeStored, siteRules,
        };
        web.AddTo(command);
        var limits = new LimitOptions();
        limits.AddTo(command);
        command.SetAction(async (parse, ct) =>
        {
            using var fetcher = web.CreateFetcher(parse, TimeProvider.System);
            var ingest = limits.Ingest(parse);
            ingest.Web = new WebReader(fetcher);
            return await RunAsync(
                parse.GetValue(inputs)!, parse.GetValue(output)!, parse.GetValue(db), parse.GetValue(quiet), parse.GetValue(verbose), parse.GetValue(parallelism), ct,
                parse.GetValue(includeStored), parse.GetValue(siteRules), ingest, limits.Extraction(parse), CliSettings.For(parse).Pipeline.ToOptions()).ConfigureAwait(false);
        });
        return command;
    }

    public static async Task<int> RunAsync(string[] inputs, string outDir, string? dbPath, bool quiet, bool verbose, int? parallelism, CancellationToken cancellationToken, int includeStored = 0, SiteRuleSet? siteRules = null,
        IngestOptions? ingestOptions = null, ArticleExtractorOptions? extractionOptions = null, PipelineOptions? pipelineOptions = null)
    {
        if (!InputCheck.AnyExists(inputs))
        {
            return ExitCodes.SomeInputsFailed;
        }

        var storePath = dbPath ?? Path.Combine(outDir, StorePaths.FileName);
        var created = new CreatedPaths().Folder(outDir).Store(storePath);
        if (OutputFolder.CheckWritable(outDir) is { } problem)
        {
            DiagnosticPrinter.Fatal(OutputFolder.Code, problem);
            return ExitCodes.Usage;
        }

        var store = await StoreOpener.TryOpenAsync(storePath, cancellationToken).ConfigureAwait(false);
        if (store is null)
        {
            created.Undo();
            return ExitCodes.Storage;
        }

        AnalysisResult result;
        string storeDescription = store.Description;
        try
        {
            var options = pipelineOptions ?? new PipelineOptions { Parallelism = parallelism ?? Environment.ProcessorCount };
            var runner = new PipelineRunner(PipelineFactory.CreateFull(options, siteRules, extractionOptions));
            var reader = new InputReader(ingestOptions ?? new IngestOptions());
            result = await ProgressDisplay.RunAsync("Analysing", InputSizer.TotalBytes(inputs), quiet,
                sink => new Analyzer(runner, store).RunAsync(reader.ReadAsync(inputs, cancellationToken), sink, runCorpus: true, cancellationToken, includeStored)).ConfigureAwait(false);
        }
        catch (Core.Storage.StoreException ex)
        {
            DiagnosticPrinter.Fatal(ex.Code, ex.Message);
            return ExitCodes.Storage;
        }
        finally
        {
            await store.DisposeAsync().ConfigureAwait(false);
        }

        DiagnosticPrinter.Print(result.Diagnostics, verbose);
        if (result.Articles.Count + result.StoredArticles.Count == 0)
        {
            created.Undo();
            InputCheck.NothingWritten($"no input held an article ({DiagnosticPrinter.Counts(result.Diagnostics)})");
            return ExitCodes.SomeInputsFailed;
        }

        return await WriteAsync(result, outDir, storePath, storeDescription, includeStored, cancellationToken).ConfigureAwait(false);
    }

    private static async Task<int> WriteAsync(AnalysisResult result, string outDir, string storePath, string storeDescription, int includeStored, CancellationToken cancellationToken)
    {
        var dossier = new DossierBuilder(TimeProvider.System).Build([.. result.Articles, .. result.StoredArticles], result.Diagnostics, result.Corpus);
        await using (var revisions = await Storage.WatchStores.OpenAsync(storePath, cancellationToken).ConfigureAwait(false))
        {
            await DossierRevisions.AttachAsync(dossier, revisions, cancellationToken).ConfigureAwait(false);
        }

        var dossierPath = Path.Combine(outDir, "dossier.json");
        var reportPath = Path.Combine(outDir, "report.html");
        try
        {
            using (var stream = File.Create(dossierPath))
            {
                DossierJsonWriter.Write(dossier, stream);
            }

            using (var stream = File.Create(reportPath))
            {
                new HtmlReportWriter().Write(dossier, stream);
            }
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            DiagnosticPrinter.Fatal(OutputFolder.Code, $"cannot write the output: {ex.Message}");
            return ExitCodes.Usage;
        }

        Console.WriteLine($"{result.Articles.Count} article{(result.Articles.Count == 1 ? "" : "s")} ({result.Added} new, {result.AlreadyStored} already stored in {storeDescription}); {DiagnosticPrinter.Counts(result.Diagnostics)}");
        if (includeStored > 0)
        {
            Console.WriteLine($"{result.StoredArticles.Count} article{(result.StoredArticles.Count == 1 ? "" : "s")} from earlier runs analysed with them (--include-stored {includeStored})");
        }

        Console.WriteLine($"Wrote {dossierPath}");
        Console.WriteLine($"Wrote {reportPath}");
        return result.HasInputErrors ? ExitCodes.SomeInputsFailed : ExitCodes.Ok;
    }
}
