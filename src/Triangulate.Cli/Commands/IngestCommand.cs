using System.CommandLine;
using Triangulate.Cli.Composition;
using Triangulate.Cli.Terminal;
using Triangulate.Core.Pipeline;
using Triangulate.Engine;
using Triangulate.Engine.Living;
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
        var command = new Command("ingest", $"""
            Ingest articles: run every stage on the new ones and update the stories they join, in one transaction
            per batch (a killed run leaves the store consistent; running it again adds no duplicate). Articles
            already stored are recognised and left alone.

            Examples:
              triangulate ingest samples/demo
              triangulate ingest feed.xml articles.jsonl --db news.db
              triangulate ingest today/ --db news.db --stages extract

            {ExitCodes.HelpText}
            """)
        {
            inputs, db, stages, batch, quiet, verbose, parallelism, siteRules,
        };
        command.SetAction(async (parse, ct) =>
        {
            var paths = parse.GetValue(inputs)!;
            await using var store = await StoreOpener.TryOpenAsync(parse.GetValue(db) ?? CommonOptions.UserDb, ct).ConfigureAwait(false);
            if (store is null)
            {
                return ExitCodes.Storage;
            }

            var reader = new InputReader(new IngestOptions());
            try
            {
                if (parse.GetValue(stages) == "extract")
                {
                    var runner = new PipelineRunner(PipelineFactory.CreateExtractionOnly(siteRules: parse.GetValue(siteRules)));
                    var stored = await ProgressDisplay.RunAsync("Ingesting", InputSizer.TotalBytes(paths), parse.GetValue(quiet),
                        sink => new Analyzer(runner, store).RunAsync(reader.ReadAsync(paths, ct), sink, runCorpus: false, ct)).ConfigureAwait(false);
                    DiagnosticPrinter.Print(stored.Diagnostics, parse.GetValue(verbose));
                    Console.WriteLine($"{stored.Added} new, {stored.AlreadyStored} already stored in {store.Description}; {DiagnosticPrinter.Counts(stored.Diagnostics)}");
                    return stored.HasInputErrors ? ExitCodes.SomeInputsFailed : ExitCodes.Ok;
                }

                var engine = LivingEngines.Create(store, parse.GetValue(parallelism), parse.GetValue(siteRules));
                var result = await ProgressDisplay.RunAsync("Ingesting", InputSizer.TotalBytes(paths), parse.GetValue(quiet),
                    sink => engine.IngestAsync(reader.ReadAsync(paths, ct), sink, parse.GetValue(batch), flush: true, ct)).ConfigureAwait(false);
                DiagnosticPrinter.Print(result.Diagnostics, parse.GetValue(verbose));
                Console.WriteLine($"{result.Added} new, {result.AlreadyStored} already stored in {store.Description}; {DiagnosticPrinter.Counts(result.Diagnostics)}");
                Console.WriteLine($"{result.TouchedStories.Count} stor{(result.TouchedStories.Count == 1 ? "y" : "ies")} updated, {result.Events} event{(result.Events == 1 ? "" : "s")} ('triangulate changes' lists them)");
                return result.HasInputErrors ? ExitCodes.SomeInputsFailed : ExitCodes.Ok;
            }
            catch (Core.Storage.StoreException ex)
            {
                DiagnosticPrinter.Fatal(ex.Code, ex.Message);
                return ExitCodes.Storage;
            }
        });
        return command;
    }
}
