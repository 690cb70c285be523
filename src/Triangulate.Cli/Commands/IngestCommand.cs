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

            {ExitCodes.Help(
                inputsFailed: "some inputs failed (the rest were stored), or no input held an article (then no new database is created)",
                storage: ExitCodes.StorageMeaning)}
            """)
        {
            inputs, db, quiet, verbose, siteRules,
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

            var runner = new PipelineRunner(PipelineFactory.CreateExtractionOnly(siteRules: parse.GetValue(siteRules), extraction: limits.Extraction(parse)));
            using var fetcher = web.CreateFetcher(parse, TimeProvider.System);
            var ingestOptions = limits.Ingest(parse);
            ingestOptions.Web = new WebReader(fetcher);
            var reader = new InputReader(ingestOptions);
            AnalysisResult result;
            var description = store.Description;
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
            finally
            {
                await store.DisposeAsync().ConfigureAwait(false);
            }

            DiagnosticPrinter.Print(result.Diagnostics, parse.GetValue(verbose));
            if (result.ArticleIds.Count == 0)
            {
                created.Undo();
                InputCheck.NothingWritten($"no input held an article ({DiagnosticPrinter.Counts(result.Diagnostics)})");
                return ExitCodes.SomeInputsFailed;
            }

            Console.WriteLine($"{result.Added} new, {result.AlreadyStored} already stored in {description}; {DiagnosticPrinter.Counts(result.Diagnostics)}");
            return result.HasInputErrors ? ExitCodes.SomeInputsFailed : ExitCodes.Ok;
        });
        return command;
    }
}
