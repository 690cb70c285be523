using System.CommandLine;
using Triangulate.Cli.Terminal;
using Triangulate.Cluster.Hosting;
using Triangulate.Cluster.Status;
using Triangulate.Core.Diagnostics;

namespace Triangulate.Cli.Commands;

/// <summary><c>triangulate cluster watch|unwatch</c>: have the cluster's source grains start or stop watching addresses.</summary>
public static class ClusterSourceCommands
{
    /// <summary>How long a client call waits for a silo to poll or release the sources.</summary>
    private static readonly TimeSpan CallTimeout = TimeSpan.FromMinutes(2);

    public static Command Watch() => SourceCommand("watch", "Feed, sitemap or page addresses to watch.", $"""
        Has the cluster watch sources: one source grain per address polls it on an Orleans reminder (stored in
        PostgreSQL; every 'serve --source-interval' seconds), keeps its health in the store's watch tables, and
        appends new pages to the ingest log. Orleans spreads the grains over the silos; 'cluster status' lists
        them per silo. Each source is polled once now and its health printed. Watching an address twice is harmless.

        Example:
          triangulate cluster watch https://example.org/feed.xml --cluster "postgres:Host=127.0.0.1;Username=u;Password=p;Database=news"

        {ExitCodes.Help(storage: "no silo answered", inputsFailed: "a source's first poll failed (it stays watched and is retried)")}
        """, WatchAsync);

    public static Command Unwatch() => SourceCommand("unwatch", "Addresses to stop watching, as 'cluster watch' was given them ('cluster status' lists them).", $"""
        Has the cluster stop watching sources: each source grain unregisters its polling reminder (from PostgreSQL,
        so no silo polls the source again) and the source is removed from the store's watch tables, as if it had
        never been watched. Articles already taken from it stay. An address the cluster does not watch is reported
        ({ErrorCodes.SourceNotWatched}); the others are still unwatched.

        Example:
          triangulate cluster unwatch https://example.org/feed.xml --cluster "postgres:Host=127.0.0.1;Username=u;Password=p;Database=news"

        {ExitCodes.Help(storage: "no silo answered", inputsFailed: "an address was not watched")}
        """, UnwatchAsync);

    /// <summary>A command taking addresses and the cluster options; <paramref name="run"/> gets the parsed settings.</summary>
    private static Command SourceCommand(string name, string urlsDescription, string help, Func<ClusterSettings, string[], CancellationToken, Task<int>> run)
    {
        var options = new ClusterOptions();
        var urls = new Argument<string[]>("urls") { Description = urlsDescription, Arity = ArgumentArity.OneOrMore };
        var command = new Command(name, help) { urls };
        options.AddTo(command);
        command.SetAction(async (parse, ct) => options.Settings(parse) is { } settings
            ? await run(settings, parse.GetValue(urls)!, ct).ConfigureAwait(false)
            : ExitCodes.Usage);
        return command;
    }

    private static async Task<int> WatchAsync(ClusterSettings settings, string[] addresses, CancellationToken ct)
    {
        if (addresses.FirstOrDefault(a => !Uri.TryCreate(a, UriKind.Absolute, out var u) || (u.Scheme != Uri.UriSchemeHttp && u.Scheme != Uri.UriSchemeHttps)) is { } bad)
        {
            await Console.Error.WriteLineAsync($"usage: '{bad}' is not an http(s) address").ConfigureAwait(false);
            return ExitCodes.Usage;
        }

        var watched = await ClusterStatusReader.WatchAsync(settings.Postgres, settings.ClusterId, addresses, CallTimeout, ct).ConfigureAwait(false);
        if (watched is null)
        {
            return ClusterOptions.NoSiloAnswered(settings);
        }

        foreach (var source in watched)
        {
            Console.WriteLine(source.ConsecutiveFailures > 0
                ? $"{source.Url}: watched on {source.Silo}; first poll failed: {source.LastError}"
                : $"{source.Url}: watched on {source.Silo}; {source.Kind}, {source.Appended} document{(source.Appended == 1 ? "" : "s")} appended to the log");
        }

        return watched.Any(s => s.ConsecutiveFailures > 0) ? ExitCodes.SomeInputsFailed : ExitCodes.Ok;
    }

    private static async Task<int> UnwatchAsync(ClusterSettings settings, string[] addresses, CancellationToken ct)
    {
        var watched = await ClusterStatusReader.UnwatchAsync(settings.Postgres, settings.ClusterId, addresses, CallTimeout, ct).ConfigureAwait(false);
        if (watched is null)
        {
            return ClusterOptions.NoSiloAnswered(settings);
        }

        for (var i = 0; i < addresses.Length; i++)
        {
            if (watched[i])
            {
                Console.WriteLine($"{addresses[i]}: no longer watched");
            }
            else
            {
                DiagnosticPrinter.Fatal(ErrorCodes.SourceNotWatched, $"{addresses[i]}: the cluster does not watch this address ('cluster status' lists the watched ones)");
            }
        }

        return watched.All(w => w) ? ExitCodes.Ok : ExitCodes.SomeInputsFailed;
    }
}
