using System.CommandLine;
using Triangulate.Cli.Composition;
using Triangulate.Cli.Terminal;
using Triangulate.Core.Dossier;
using Triangulate.Engine;
using Triangulate.Engine.Living;
using Triangulate.Ingest;
using Triangulate.Reports.Html;
using Triangulate.Reports.Json;

namespace Triangulate.Cli.Commands;

/// <summary>
/// <c>triangulate analyze</c>: the main job. Ingests the inputs into the store's living stories (every stage),
/// then writes dossier.json and report.html for the stories this run touched (or all of them).
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
        var parallelism = CommonOptions.Parallelism();
        var siteRules = CommonOptions.SiteRules();
        var batch = CommonOptions.Batch();
        var all = new Option<bool>("--all") { Description = "Report every stored story, not only those this run touched." };
        var command = new Command("analyze", $"""
            Ingest inputs, run every stage, update the stored stories, and write DIR/dossier.json and DIR/report.html
            for the stories this run touched: a story that grows over several runs is told whole, since its earlier
            articles are in the store.

            Examples:
              triangulate analyze samples/demo --out out/demo
              triangulate analyze ../shared/data/seeds --out out/seeds --db ~/news.db
              cat article.html | triangulate analyze - --out out/one
              triangulate analyze today/ --out out/all --db ~/news.db --all

            {ExitCodes.HelpText}
            """)
        {
            inputs, output, db, all, batch, quiet, verbose, parallelism, siteRules,
        };
        command.SetAction((parse, ct) => RunAsync(parse, inputs, output, db, all, batch, quiet, verbose, parallelism, siteRules, ct));
        return command;
    }

    private static async Task<int> RunAsync(ParseResult parse, Argument<string[]> inputsArg, Option<string> outputOption, Option<string?> db, Option<bool> allOption,
        Option<int> batch, Option<bool> quiet, Option<bool> verbose, Option<int?> parallelism, Option<Extraction.Html.SiteRules.SiteRuleSet?> siteRules, CancellationToken ct)
    {
        var inputs = parse.GetValue(inputsArg)!;
        var outDir = parse.GetValue(outputOption)!;
        if (OutputFolder.CheckWritable(outDir) is { } problem)
        {
            DiagnosticPrinter.Fatal(OutputFolder.Code, problem);
            return ExitCodes.Usage;
        }

        await using var store = await StoreOpener.TryOpenAsync(parse.GetValue(db) ?? Path.Combine(outDir, StorePaths.FileName), ct).ConfigureAwait(false);
        if (store is null)
        {
            return ExitCodes.Storage;
        }

        DossierDocument dossier;
        IngestOutcome result;
        try
        {
            var engine = LivingEngines.Create(store, parse.GetValue(parallelism), parse.GetValue(siteRules));
            var reader = new InputReader(new IngestOptions());
            result = await ProgressDisplay.RunAsync("Analysing", InputSizer.TotalBytes(inputs), parse.GetValue(quiet),
                sink => engine.IngestAsync(reader.ReadAsync(inputs, ct), sink, parse.GetValue(batch), flush: true, ct)).ConfigureAwait(false);
            var stories = LivingEngines.Stories(store);
            var ids = parse.GetValue(allOption) ? await AllStoryIdsAsync(stories, ct).ConfigureAwait(false) : await RunStoryIdsAsync(stories, result, ct).ConfigureAwait(false);
            dossier = await new StoryExporter(store, stories, TimeProvider.System).ExportAsync(ids, result.Diagnostics, ct).ConfigureAwait(false);
        }
        catch (Core.Storage.StoreException ex)
        {
            DiagnosticPrinter.Fatal(ex.Code, ex.Message);
            return ExitCodes.Storage;
        }

        var dossierPath = Path.Combine(outDir, "dossier.json");
        var reportPath = Path.Combine(outDir, "report.html");
        try
        {
            await using (var stream = File.Create(dossierPath))
            {
                DossierJsonWriter.Write(dossier, stream);
            }

            await using (var stream = File.Create(reportPath))
            {
                new HtmlReportWriter().Write(dossier, stream);
            }
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            DiagnosticPrinter.Fatal(OutputFolder.Code, $"cannot write the output: {ex.Message}");
            return ExitCodes.Usage;
        }

        DiagnosticPrinter.Print(result.Diagnostics, parse.GetValue(verbose));
        Console.WriteLine($"{result.ArticleIds.Count} article{(result.ArticleIds.Count == 1 ? "" : "s")} ({result.Added} new, {result.AlreadyStored} already stored in {store.Description}); {DiagnosticPrinter.Counts(result.Diagnostics)}");
        Console.WriteLine($"{dossier.Stories?.Count ?? 0} stor{(dossier.Stories?.Count == 1 ? "y" : "ies")} with {dossier.Articles.Count} article{(dossier.Articles.Count == 1 ? "" : "s")} in the report");
        Console.WriteLine($"Wrote {dossierPath}");
        Console.WriteLine($"Wrote {reportPath}");
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
