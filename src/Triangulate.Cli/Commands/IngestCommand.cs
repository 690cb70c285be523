using System.CommandLine;
using Triangulate.Cli.Composition;
using Triangulate.Cli.Terminal;
using Triangulate.Core.Pipeline;
using Triangulate.Engine;
using Triangulate.Ingest;
using Triangulate.Ingest.Web;

namespace Triangulate.Cli.Commands;

/// <summary><c>triangulate ingest</c>: read, clean and store articles without analysing them.</summary>
public static class IngestCommand
{
    public static Command Create()
    {
        var inputs = CommonOptions.Inputs();
        var db = CommonOptions.Db(CommonOptions.UserDb);
        var quiet = CommonOptions.Quiet();
        var verbose = CommonOptions.Verbose();
        var siteRules = CommonOptions.SiteRules();
        var web = new WebOptions();
        var command = new Command("ingest", $"""
            Read, clean and store articles. Articles already stored are recognised and left alone.

            Examples:
              triangulate ingest samples/demo
              triangulate ingest feed.xml articles.jsonl --db news.db
              triangulate ingest https://example.org/feed.xml https://example.org/news-sitemap.xml

            {ExitCodes.HelpText}
            """)
        {
            inputs, db, quiet, verbose, siteRules,
        };
        web.AddTo(command);
        command.SetAction(async (parse, ct) =>
        {
            var paths = parse.GetValue(inputs)!;
            await using var store = await StoreOpener.TryOpenAsync(parse.GetValue(db) ?? CommonOptions.UserDb, ct).ConfigureAwait(false);
            if (store is null)
            {
                return ExitCodes.Storage;
            }

            var runner = new PipelineRunner(PipelineFactory.CreateExtractionOnly(siteRules: parse.GetValue(siteRules)));
            using var fetcher = web.CreateFetcher(parse, TimeProvider.System);
            var reader = new InputReader(new IngestOptions { Web = new WebReader(fetcher) });
            AnalysisResult result;
            try
            {
                result = await ProgressDisplay.RunAsync("Ingesting", InputSizer.TotalBytes(paths), parse.GetValue(quiet),
                    sink => new Analyzer(runner, store).RunAsync(reader.ReadAsync(paths, ct), sink, runCorpus: false, ct)).ConfigureAwait(false);
            }
            catch (Core.Storage.StoreException ex)
            {
                DiagnosticPrinter.Fatal(ex.Code, ex.Message);
                return ExitCodes.Storage;
            }

            DiagnosticPrinter.Print(result.Diagnostics, parse.GetValue(verbose));
            Console.WriteLine($"{result.Added} new, {result.AlreadyStored} already stored in {store.Description}; {DiagnosticPrinter.Counts(result.Diagnostics)}");
            return result.HasInputErrors ? ExitCodes.SomeInputsFailed : ExitCodes.Ok;
        });
        return command;
    }
}
