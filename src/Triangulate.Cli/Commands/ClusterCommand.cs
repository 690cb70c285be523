using System.CommandLine;
using System.Globalization;
using Npgsql;
using Triangulate.Cli.Terminal;
using Triangulate.Cluster.Hosting;
using Triangulate.Cluster.Log;
using Triangulate.Cluster.Sources;
using Triangulate.Cluster.Status;
using Triangulate.Core.Diagnostics;
using Triangulate.Core.Storage;
using Triangulate.Ingest;

namespace Triangulate.Cli.Commands;

/// <summary><c>triangulate cluster status|append|flush</c> (and <c>watch|unwatch</c>, in <see cref="ClusterSourceCommands"/>): look at a running cluster, feed its ingest log, and have it watch sources.</summary>
public static class ClusterCommand
{
    public static Command Create()
    {
        var command = new Command("cluster", $"""
            Scale out: look at a cluster of 'serve --cluster' silos, and append documents to its ingest log.
            See docs/scale-out.md.

            {ExitCodes.Help(usage: "usage error (no subcommand)")}
            """)
        {
            Status(), Append(), Flush(), ClusterSourceCommands.Watch(), ClusterSourceCommands.Unwatch(),
        };
        return command;
    }

    private static Command Status()
    {
        var options = new ClusterOptions();
        var command = new Command("status", $"""
            Lists the cluster's silos (from the Orleans membership table in PostgreSQL), its grains by type and silo,
            the ingest log's lag (JetStream consumer: not yet delivered + delivered and not acknowledged), and
            sources per silo.

            Example:
              triangulate cluster status --cluster "postgres:Host=127.0.0.1;Username=u;Password=p;Database=news" --nats nats://127.0.0.1:4222

            {ExitCodes.Help(storage: "the membership table or the log could not be read")}
            """);
        options.AddTo(command);
        command.SetAction(async (parse, ct) =>
        {
            if (options.Settings(parse) is not { } settings)
            {
                return ExitCodes.Usage;
            }

            IReadOnlyList<SiloRow> silos;
            try
            {
                silos = await ClusterStatusReader.SilosAsync(settings.Postgres, settings.ClusterId, ct).ConfigureAwait(false);
            }
            catch (Exception ex) when (ex is NpgsqlException or ArgumentException)
            {
                DiagnosticPrinter.Fatal(ErrorCodes.StoreUnavailable, $"cannot read the cluster's membership table: {ex.Message}");
                return ExitCodes.Storage;
            }

            var active = silos.Count(s => s.Status == "Active");
            Console.WriteLine($"cluster '{settings.ClusterId}': {active} active silo{(active == 1 ? "" : "s")}, {silos.Count - active} other row{(silos.Count - active == 1 ? "" : "s")} in the membership table");
            foreach (var silo in silos)
            {
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"  {silo.Address}:{silo.Port} gen {silo.Generation}  {silo.Status,-12} gateway {silo.GatewayPort?.ToString(CultureInfo.InvariantCulture) ?? "-"}  started {silo.Started:u}  alive {silo.LastAlive:u}"));
            }

            var exit = await PrintLogAsync(settings.NatsUrl, settings.Stream, ct).ConfigureAwait(false);
            await PrintGrainsAsync(settings.Postgres, settings.ClusterId, active, ct).ConfigureAwait(false);
            await PrintSourcesAsync(settings, active, ct).ConfigureAwait(false);
            return exit;
        });
        return command;
    }

    private static async Task<int> PrintLogAsync(string url, string stream, CancellationToken ct)
    {
        try
        {
            await using var log = await IngestLog.OpenAsync(url, stream, cancellationToken: ct).ConfigureAwait(false);
            var lag = await log.LagAsync(cancellationToken: ct).ConfigureAwait(false);
            Console.WriteLine($"log {stream} on {url}: {lag.Messages} messages kept, lag {lag.Lag} ({lag.Pending} not yet delivered, {lag.AckPending} in work), {lag.Redelivered} redelivered");
            return ExitCodes.Ok;
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            DiagnosticPrinter.Fatal(ErrorCodes.StoreUnavailable, $"cannot read the ingest log at {url}: {ex.Message}");
            return ExitCodes.Storage;
        }
    }

    private static async Task PrintGrainsAsync(string postgres, string clusterId, int active, CancellationToken ct)
    {
        var grains = active == 0 ? null : await ClusterStatusReader.GrainsAsync(postgres, clusterId, TimeSpan.FromSeconds(20), ct).ConfigureAwait(false);
        if (grains is null)
        {
            Console.WriteLine("grains: no silo answered");
            return;
        }

        Console.WriteLine($"grains: {grains.Sum(g => g.Activations)} activations");
        foreach (var group in grains.GroupBy(g => g.Type))
        {
            Console.WriteLine($"  {group.Key}: {string.Join(", ", group.Select(g => $"{g.Activations} on {g.Silo}"))}");
        }
    }

    private static async Task PrintSourcesAsync(ClusterSettings settings, int active, CancellationToken ct)
    {
        IReadOnlyList<SourceStatus>? sources;
        try
        {
            sources = active == 0 ? null : await ClusterStatusReader.SourcesAsync(settings.Postgres, settings.ClusterId, settings.Schema, TimeSpan.FromSeconds(20), ct).ConfigureAwait(false);
        }
        catch (StoreException ex)
        {
            Console.WriteLine($"sources: the watch tables could not be read: {ex.Message}");
            return;
        }

        if (sources is null)
        {
            Console.WriteLine("sources: no silo answered");
            return;
        }

        Console.WriteLine($"sources: {sources.Count} watched");
        foreach (var silo in sources.GroupBy(s => s.Silo).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            Console.WriteLine($"  {silo.Key}: {silo.Count()} source{(silo.Count() == 1 ? "" : "s")}");
            foreach (var source in silo)
            {
                var health = source.ConsecutiveFailures > 0 ? $"{source.ConsecutiveFailures} failures in a row, last error: {source.LastError}" : "ok";
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"    {source.Url}  {source.Kind ?? "-"}  last poll {source.LastPolledAt?.ToString("u", CultureInfo.InvariantCulture) ?? "never"}  last success {source.LastSuccessAt?.ToString("u", CultureInfo.InvariantCulture) ?? "never"}  {source.Fetches} fetches, {source.ItemsSeen} items seen, {source.Appended} appended here  {health}"));
            }
        }
    }

    private static Command Flush()
    {
        var options = new ClusterOptions();
        var command = new Command("flush", $"""
            Has the cluster's story writer do what the end of an ingest run does now (settle recent articles,
            recompute every pending story's sections, quiet events), and waits for it. Silos do this by themselves
            when the log runs dry; run it before 'verify' to be sure no section work is in flight.

            Example:
              triangulate cluster flush --cluster "postgres:Host=127.0.0.1;Username=u;Password=p;Database=news"

            {ExitCodes.Help(storage: "no silo answered within 10 minutes")}
            """);
        options.AddTo(command);
        command.SetAction(async (parse, ct) =>
        {
            if (options.Settings(parse) is not { } settings)
            {
                return ExitCodes.Usage;
            }

            var events = await ClusterStatusReader.FlushAsync(settings.Postgres, settings.ClusterId, settings.Schema, TimeSpan.FromMinutes(10), ct).ConfigureAwait(false);
            if (events is null)
            {
                return ClusterOptions.NoSiloAnswered(settings);
            }

            Console.WriteLine($"flushed: {events} event{(events == 1 ? "" : "s")} written");
            return ExitCodes.Ok;
        });
        return command;
    }

    private static Command Append()
    {
        var options = new ClusterOptions();
        var inputs = CommonOptions.Inputs();
        var command = new Command("append", $"""
            Appends the documents of the inputs (files, folders, feeds, JSON Lines, as 'ingest' reads them) to the
            cluster's ingest log; the silos take them from there. Appending the same document twice within two
            minutes stores it once in the log; later repeats are skipped by the store (ingest is idempotent).

            Example:
              triangulate cluster append samples/demo --nats nats://127.0.0.1:4222

            {ExitCodes.Help(inputsFailed: "some inputs could not be read (the rest were appended)", storage: "the log could not be reached")}
            """)
        {
            inputs,
        };
        options.AddTo(command);
        command.SetAction(async (parse, ct) =>
        {
            var paths = parse.GetValue(inputs)!;
            var failed = 0;
            var appended = 0;
            try
            {
                await using var log = await IngestLog.OpenAsync(parse.GetValue(options.Nats)!, parse.GetValue(options.Stream)!, cancellationToken: ct).ConfigureAwait(false);
                await foreach (var item in new InputReader(new IngestOptions()).ReadAsync(paths, ct).ConfigureAwait(false))
                {
                    failed += item.Diagnostics.Count(d => d.Level == DiagnosticLevel.Error);
                    if (item.Document is { } document)
                    {
                        await log.AppendAsync(document, ct).ConfigureAwait(false);
                        appended++;
                    }
                }
            }
            catch (Exception ex) when (ex is NATS.Client.Core.NatsException or TimeoutException)
            {
                DiagnosticPrinter.Fatal(ErrorCodes.StoreUnavailable, $"cannot append to the ingest log: {ex.Message}");
                return ExitCodes.Storage;
            }

            Console.WriteLine($"{appended} document{(appended == 1 ? "" : "s")} appended to the ingest log; {failed} input error{(failed == 1 ? "" : "s")}");
            return failed > 0 ? ExitCodes.SomeInputsFailed : ExitCodes.Ok;
        });
        return command;
    }
}
