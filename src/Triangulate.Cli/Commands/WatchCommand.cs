using System.CommandLine;
using Microsoft.Extensions.Logging;
using Triangulate.Cli.Composition;
using Triangulate.Cli.Terminal;
using Triangulate.Core.Diagnostics;
using Triangulate.Core.Pipeline;
using Triangulate.Core.Revisions;
using Triangulate.Core.Storage;
using Triangulate.Engine;
using Triangulate.Engine.Living;
using Triangulate.Ingest.Listings;
using Triangulate.Storage;
using Triangulate.Watch;

namespace Triangulate.Cli.Commands;

/// <summary><c>triangulate watch</c>: follow feeds, sitemaps and pages; store new articles and every revision of them.</summary>
public static class WatchCommand
{
    public static Command Create()
    {
        var sources = new Argument<string[]>("sources")
        {
            Description = "Feed, sitemap or page addresses, or files listing them (one address per line, or OPML). Sources are kept in the store: with none given, the stored ones are watched.",
            Arity = ArgumentArity.ZeroOrMore,
        };
        var db = CommonOptions.Db(CommonOptions.UserDb);
        var interval = WebOptions.Duration("--interval", "How often each source is polled (e.g. 5m).", TimeSpan.FromMinutes(5));
        var once = new Option<bool>("--once") { Description = "Poll every source once now (except those backing off after errors), check the articles due for an edit check, print what happened, and exit (for cron)." };
        var status = new Option<bool>("--status") { Description = "Print each stored source's health (last success, last error, items seen, latency) and exit." };
        var remove = new Option<bool>("--remove") { Description = "Stop watching the named sources: remove them from the store (the articles and revisions taken from them stay) and exit." };
        var maxPerHost = CommonOptions.WithDefault("--max-per-host", "N", 200,
            "Most article fetches per host in one cycle; the rest wait for the next cycle (default 200).");
        var web = new WebOptions();
        var command = new Command("watch", $"""
            Follow a list of outlets: poll feeds (RSS, Atom, JSON Feed), sitemaps and pages politely (robots.txt,
            one connection per host, conditional GET), store each new article, and keep every revision an outlet
            makes to an article it already published.

            Examples:
              triangulate watch https://example.org/feed.xml https://example.org/news-sitemap.xml --db news.db
              triangulate watch outlets.opml --db news.db --interval 10m
              triangulate watch --db news.db --once          # from cron: the stored sources, one cycle
              triangulate watch --db news.db --status
              triangulate watch --db news.db --remove https://example.org/feed.xml

            {ExitCodes.Help(
                inputsFailed: "some sources could not be polled in a --once cycle (the others were stored), or --remove named a source not watched",
                storage: ExitCodes.StorageMeaning)}
            """)
        {
            sources, db, interval, once, status, remove, maxPerHost, Verbose, Quiet,
        };
        web.AddTo(command);
        command.SetAction(async (parse, ct) =>
        {
            var location = parse.GetValue(db) ?? CommonOptions.UserDb;
            IWatchStore state;
            try
            {
                state = await WatchStores.OpenAsync(location, ct).ConfigureAwait(false);
            }
            catch (StoreException ex)
            {
                DiagnosticPrinter.Fatal(ex.Code, ex.Message);
                return ExitCodes.Storage;
            }

            await using (state.ConfigureAwait(false))
            {
                try
                {
                    return await RunAsync(parse, state, location, web, new WatchOptions { Interval = parse.GetValue(interval), MaxPerHost = parse.GetValue(maxPerHost) },
                        parse.GetValue(sources) ?? [], parse.GetValue(once), parse.GetValue(status), parse.GetValue(remove), ct).ConfigureAwait(false);
                }
                catch (StoreException ex)
                {
                    DiagnosticPrinter.Fatal(ex.Code, ex.Message);
                    return ExitCodes.Storage;
                }
            }
        });
        return command;
    }

    private static readonly Option<bool> Verbose = new("--verbose", "-v") { Description = "Log each new article, host pause and cycle (Debug); default: warnings (failed sources and pages) on standard error." };

    private static readonly Option<bool> Quiet = new("--quiet", "-q") { Description = "Log errors only." };

    /// <summary>The watcher's log on standard error: warnings by default, everything with -v, errors with --quiet.</summary>
    private static ILoggerFactory CreateLogging(ParseResult parse)
    {
        var level = parse.GetValue(Verbose) ? LogLevel.Debug : parse.GetValue(Quiet) ? LogLevel.Error : LogLevel.Warning;
        return LoggerFactory.Create(b => b.SetMinimumLevel(level).AddSimpleConsole(o => o.SingleLine = true)
            .AddConsole(o => o.LogToStandardErrorThreshold = LogLevel.Trace));
    }

    private static async Task<int> RunAsync(ParseResult parse, IWatchStore state, string location, WebOptions web, WatchOptions options, string[] given, bool once, bool status, bool remove, CancellationToken ct)
    {
        var addresses = new List<string>();
        foreach (var source in given)
        {
            if (!SourceList.TryExpand(source, addresses, out var problem))
            {
                await Console.Error.WriteLineAsync($"usage: {problem}").ConfigureAwait(false);
                return ExitCodes.Usage;
            }
        }

        if (remove)
        {
            return await RemoveAsync(state, addresses, ct).ConfigureAwait(false);
        }

        foreach (var address in addresses)
        {
            await state.AddSourceAsync(address, TimeProvider.System.GetUtcNow(), ct).ConfigureAwait(false);
        }

        if (status)
        {
            SourceHealthPrinter.Print(await state.ListSourcesAsync(ct).ConfigureAwait(false));
            return ExitCodes.Ok;
        }

        if ((await state.ListSourcesAsync(ct).ConfigureAwait(false)).Count == 0)
        {
            await Console.Error.WriteLineAsync("usage: no sources: name feed, sitemap or page addresses, or a file listing them").ConfigureAwait(false);
            return ExitCodes.Usage;
        }

        using var logging = CreateLogging(parse);
        await using var articles = await ArticleStores.OpenAsync(location, logging.CreateLogger("Triangulate.Storage"), ct).ConfigureAwait(false);
        using var fetcher = web.CreateFetcher(parse, TimeProvider.System);
        // The living engine gives watched articles their lineages and stories after each cycle that stored something,
        // and an edited figure becomes a figure-updated event of its story ('triangulate changes' lists them).
        var engine = LivingEngines.Create(articles);
        IRevisionObserver[] observers = [new FigureRevisionEvents(LivingEngines.Stories(articles))];
        var watcher = new Watcher(fetcher, articles, state, new PipelineRunner(PipelineFactory.CreateFull()), options, TimeProvider.System, observers,
            logging.CreateLogger("Triangulate.Watch"));
        void Cycle(WatchCycleReport report)
        {
            Print(report);
            if (report.NewArticles + report.Revisions > 0)
            {
                engine.ReprocessAsync(NoProgress.Instance, cancellationToken: ct).GetAwaiter().GetResult();
            }
        }

        if (once)
        {
            var report = await watcher.RunOnceAsync(ct, allSources: true).ConfigureAwait(false);
            Cycle(report);
            Console.WriteLine($"{await articles.CountAsync(ct).ConfigureAwait(false)} articles, {await state.CountRevisionsAsync(ct).ConfigureAwait(false)} revisions in {state.Description}");
            return report.SourceErrors > 0 ? ExitCodes.SomeInputsFailed : ExitCodes.Ok;
        }

        Console.WriteLine($"Watching {addresses.Count} new and all stored sources in {state.Description} every {options.Interval} (Ctrl+C to stop).");
        try
        {
            await watcher.RunAsync(Cycle, ct).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (ct.IsCancellationRequested)
        {
            // Ctrl+C: everything done so far is stored; the next run continues from there.
        }

        return ExitCodes.Ok;
    }

    /// <summary>--remove: each named source leaves the store's watch tables (as <c>cluster unwatch</c> does in a cluster).</summary>
    private static async Task<int> RemoveAsync(IWatchStore state, List<string> addresses, CancellationToken ct)
    {
        if (addresses.Count == 0)
        {
            await Console.Error.WriteLineAsync("usage: --remove needs the addresses of the sources to stop watching").ConfigureAwait(false);
            return ExitCodes.Usage;
        }

        var missing = 0;
        foreach (var address in addresses)
        {
            if (await state.RemoveSourceAsync(address, ct).ConfigureAwait(false))
            {
                Console.WriteLine($"{address}: no longer watched");
            }
            else
            {
                missing++;
                DiagnosticPrinter.Fatal(ErrorCodes.SourceNotWatched, $"{address}: not a watched source in {state.Description} ('watch --status' lists them)");
            }
        }

        return missing > 0 ? ExitCodes.SomeInputsFailed : ExitCodes.Ok;
    }

    private static void Print(WatchCycleReport report)
    {
        Console.WriteLine($"{DateTimeOffset.Now:yyyy-MM-dd HH:mm:ss} {report}");
        foreach (var error in report.Errors)
        {
            Console.Error.WriteLine($"  {error}");
        }
    }
}
