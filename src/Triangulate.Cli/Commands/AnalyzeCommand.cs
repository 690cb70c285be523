using System.CommandLine;
using Triangulate.Cli.Composition;
using Triangulate.Cli.Configuration;
using Triangulate.Cli.Terminal;
using Triangulate.Core.Dossier;
using Triangulate.Core.Pipeline;
using Triangulate.Engine;
using Triangulate.Engine.Living;
using Triangulate.Extraction;
using Triangulate.Extraction.Html.SiteRules;
using Triangulate.Ingest;
using Triangulate.Reports.Building;

namespace Triangulate.Cli.Commands;

/// <summary>
/// <c>triangulate analyze</c>: the main job. Ingests the inputs into the store's living stories (every stage),
/// then writes dossier.json and the report (a site under report/, or report.html with --single-file) for the stories
/// this run touched (or all of them).
/// </summary>
public static class AnalyzeCommand
{
    /// <summary>What a run was asked for beyond its inputs and output folder.</summary>
    public sealed record Choices(bool All = false, int Batch = 256, int? Parallelism = null, SiteRuleSet? SiteRules = null,
        IngestOptions? Ingest = null, ArticleExtractorOptions? Extraction = null, ReportChoice? Report = null,
        PipelineOptions? Pipeline = null);

    public static Command Create()
    {
        var inputs = CommonOptions.Inputs();
        var output = new Option<string>("--out", "-o") { Description = "Folder for dossier.json and the report (created if missing).", HelpName = "DIR", Required = true };
        var db = CommonOptions.Db("DIR/triangulate.db");
        var quiet = CommonOptions.Quiet();
        var verbose = CommonOptions.Verbose();
        var parallelism = ConfigFlags.Bind(CommonOptions.Parallelism(), "Pipeline:Parallelism");
        var siteRules = CommonOptions.SiteRules();
        var batch = CommonOptions.Batch();
        var all = new Option<bool>("--all") { Description = "Report every stored story, not only those this run touched." };
        var web = new WebOptions();
        var command = new Command("analyze", $"""
            Ingest inputs, run every stage, update the stored stories, and write DIR/dossier.json and the report
            (DIR/report/index.html: a story index, one page per story, inputs and diagnostics; or, with --single-file,
            DIR/report.html) for the stories this run touched: a story that grows over several runs is told whole,
            since its earlier articles are in the store.

            Examples:
              triangulate analyze samples/demo --out out/demo
              triangulate analyze ../shared/data/seeds --out out/seeds --db ~/news.db
              cat article.html | triangulate analyze - --out out/one
              triangulate analyze today/ --out out/all --db ~/news.db --all
              triangulate analyze https://example.org/feed.xml outlets.opml --out out/today
              triangulate analyze big.jsonl --out out/big --compact-dossier

            {ExitCodes.Help(
                inputsFailed: "some inputs failed (the output holds the rest), or no input held an article (then nothing is written: no report, no new database)",
                usage: "usage error (unknown option, bad value) or --out cannot be written",
                storage: ExitCodes.StorageMeaning)}
            """)
        {
            inputs, output, db, all, batch, quiet, verbose, parallelism, siteRules,
        };
        web.AddTo(command);
        var limits = new LimitOptions();
        limits.AddTo(command);
        var report = new ReportOptions();
        report.AddTo(command);
        command.SetAction(async (parse, ct) =>
        {
            using var fetcher = web.CreateFetcher(parse, TimeProvider.System);
            var ingest = limits.Ingest(parse, fetcher);
            var choices = new Choices(parse.GetValue(all), parse.GetValue(batch), parse.GetValue(parallelism), parse.GetValue(siteRules), ingest, limits.Extraction(parse), report.Read(parse),
                CliSettings.For(parse).Pipeline.ToOptions());
            return await RunAsync(parse.GetValue(inputs)!, parse.GetValue(output)!, parse.GetValue(db), parse.GetValue(quiet), parse.GetValue(verbose), choices, ct).ConfigureAwait(false);
        });
        return command;
    }

    public static async Task<int> RunAsync(string[] inputs, string outDir, string? dbPath, bool quiet, bool verbose, Choices choices, CancellationToken cancellationToken)
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

        DossierDocument dossier;
        IngestOutcome result;
        var storeDescription = store.Description;
        try
        {
            var pipeline = choices.Pipeline ?? new PipelineOptions { Parallelism = choices.Parallelism ?? Environment.ProcessorCount };
            var engine = LivingEngines.Create(store, pipeline, choices.SiteRules, choices.Extraction);
            var reader = new InputReader(choices.Ingest ?? new IngestOptions());
            result = await ProgressDisplay.RunAsync("Analysing", InputSizer.TotalBytes(inputs), quiet,
                sink => engine.IngestAsync(reader.ReadAsync(inputs, cancellationToken), sink, choices.Batch, flush: true, cancellationToken)).ConfigureAwait(false);
            var stories = LivingEngines.Stories(store);
            var ids = choices.All ? await AllStoryIdsAsync(stories, cancellationToken).ConfigureAwait(false) : await RunStoryIdsAsync(stories, result, cancellationToken).ConfigureAwait(false);
            dossier = await new StoryExporter(store, stories, TimeProvider.System).ExportAsync(ids, result.Diagnostics, cancellationToken).ConfigureAwait(false);
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
        if (result.ArticleIds.Count == 0 && !choices.All)
        {
            created.Undo();
            InputCheck.NothingWritten($"no input held an article ({DiagnosticPrinter.Counts(result.Diagnostics)})");
            return ExitCodes.SomeInputsFailed;
        }

        // Revisions live in the watcher's tables of the same store; they are attached after the stories are read.
        await using (var revisions = await Storage.WatchStores.OpenAsync(storePath, cancellationToken).ConfigureAwait(false))
        {
            await DossierRevisions.AttachAsync(dossier, revisions, cancellationToken).ConfigureAwait(false);
        }

        return Write(dossier, result, outDir, storeDescription, choices.Report ?? new ReportChoice());
    }

    private static int Write(DossierDocument dossier, IngestOutcome result, string outDir, string storeDescription, ReportChoice report)
    {
        IReadOnlyList<string> written;
        try
        {
            written = report.Write(dossier, outDir);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            DiagnosticPrinter.Fatal(OutputFolder.Code, $"cannot write the output: {ex.Message}");
            return ExitCodes.Usage;
        }

        Console.WriteLine($"{result.ArticleIds.Count} article{(result.ArticleIds.Count == 1 ? "" : "s")} ({result.Added} new, {result.AlreadyStored} already stored in {storeDescription}); {DiagnosticPrinter.Counts(result.Diagnostics)}");
        Console.WriteLine($"{dossier.Stories?.Count ?? 0} stor{(dossier.Stories?.Count == 1 ? "y" : "ies")} with {dossier.Articles.Count} article{(dossier.Articles.Count == 1 ? "" : "s")} in the report");
        foreach (var path in written)
        {
            Console.WriteLine($"Wrote {path}");
        }

        return result.HasInputErrors ? ExitCodes.SomeInputsFailed : ExitCodes.Ok;
    }

    /// <summary>The stories holding this run's articles (new or already stored), each once.</summary>
    private static async Task<List<string>> RunStoryIdsAsync(Core.Living.IStoryStore stories, IngestOutcome result, CancellationToken ct)
    {
        var ids = new List<string>();
        foreach (var chunk in result.ArticleIds.Chunk(400))
        {
            ids.AddRange((await stories.ArticleBriefsAsync(chunk, ct).ConfigureAwait(false)).Select(b => b.StoryId).OfType<string>());
        }

        return [.. ids.Distinct(StringComparer.Ordinal)];
    }

    private static async Task<List<string>> AllStoryIdsAsync(Core.Living.IStoryStore stories, CancellationToken ct) =>
        [.. (await stories.ListStoriesAsync(new Core.Living.StoryListQuery { Limit = int.MaxValue, Sort = "oldest" }, ct).ConfigureAwait(false)).Items.Select(s => s.Id)];
}
