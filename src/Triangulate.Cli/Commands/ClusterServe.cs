using System.CommandLine;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Npgsql;
using Triangulate.Cli.Terminal;
using Triangulate.Cluster.Hosting;
using Triangulate.Core.Diagnostics;

namespace Triangulate.Cli.Commands;

/// <summary><c>triangulate serve --cluster postgres:CONN --nats URL</c>: run this process as a silo of the
/// cluster (grains, stage workers, a reader of the ingest log) until Ctrl+C or SIGTERM.</summary>
public sealed class ClusterServe
{
    private readonly ClusterOptions _cluster = new();

    private readonly Option<int> _siloPort = CommonOptions.WithDefault("--silo-port", "PORT", 11111,
        "With --cluster: the port silos talk to each other on (loopback; one per process on a machine).");

    private readonly Option<int> _gatewayPort = CommonOptions.WithDefault("--gateway-port", "PORT", 30000,
        "With --cluster: the port clients ('cluster status') connect to.");

    private readonly Option<int?> _threads = CommonOptions.Parallelism(
        "With --cluster: threads for the per-article stages on this silo (default: all cores).");

    private readonly Option<int> _ackWait = CommonOptions.WithDefault("--ack-wait", "SECONDS", 60,
        "With --cluster: seconds a message this silo took may stay unacknowledged before the log hands it to another silo (batches in work are kept alive with progress acks).");

    private readonly Option<int> _batch = CommonOptions.WithDefault("--batch", "N", 64,
        "With --cluster: log messages this silo takes and annotates at once; also the story writer's batch.");

    private readonly Option<int> _sourceInterval = CommonOptions.WithDefault("--source-interval", "SECONDS", 300,
        "With --cluster: seconds between polls of each watched source (the source grains' reminder period; Orleans' floor is 60).");

    private readonly Option<string[]> _allowHost = CommonOptions.AllowHost(
        "With --cluster: a host the source grains may fetch although it resolves to a private or loopback address (repeatable).", severalPerToken: true);

    public void AddTo(Command command)
    {
        _cluster.AddTo(command);
        CommonOptions.AddAll(command, _siloPort, _gatewayPort, _threads, _ackWait, _batch, _sourceInterval, _allowHost);
    }

    /// <summary>True when the command line asks for cluster mode.</summary>
    public bool Requested(ParseResult parse) => parse.GetValue(_cluster.Cluster) is not null;

    public async Task<int> RunAsync(ParseResult parse, CancellationToken ct)
    {
        if (_cluster.Settings(parse) is not { } cluster)
        {
            return ExitCodes.Usage;
        }

        var settings = cluster with
        {
            SiloPort = parse.GetValue(_siloPort),
            GatewayPort = parse.GetValue(_gatewayPort),
            Parallelism = parse.GetValue(_threads) ?? Environment.ProcessorCount,
            Batch = Math.Max(1, parse.GetValue(_batch)),
            AckWait = TimeSpan.FromSeconds(Math.Max(3, parse.GetValue(_ackWait))),
            SourceInterval = TimeSpan.FromSeconds(Math.Max(60, parse.GetValue(_sourceInterval))),
            AllowedHosts = parse.GetValue(_allowHost) ?? [],
        };
        IHost host;
        try
        {
            host = await SiloHost.StartAsync(settings, ct).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is NpgsqlException or OrleansException or ArgumentException)
        {
            DiagnosticPrinter.Fatal(ErrorCodes.StoreUnavailable, $"the silo could not join cluster '{settings.ClusterId}': {ex.Message}");
            return ExitCodes.Storage;
        }

        Console.WriteLine($"silo of cluster '{settings.ClusterId}' on 127.0.0.1:{settings.SiloPort} (gateway {settings.GatewayPort}); store schema '{settings.Schema}'; ingest log {settings.Stream} at {settings.NatsUrl}");
        // The host's own lifetime takes SIGTERM and Ctrl+C (it cancels them for the process), so wait on it as well
        // as on the command's token.
        try
        {
            await host.WaitForShutdownAsync(ct).ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
        }

        // A clean stop tells the cluster this silo left (a kill leaves it to the others' probes).
        await host.StopAsync(CancellationToken.None).ConfigureAwait(false);
        // The same lines as `ingest --timings`, so a cluster's stage costs add up against a single process's.
        var silo = host.Services.GetRequiredService<SiloEngine>();
        Console.WriteLine($"stage time: {silo.Runner.Timings}");
        Console.WriteLine($"writer time: {(silo.StartedEngine is { } engine ? engine.Timings.ToString() : "this silo never hosted the writer")}");
        host.Dispose();
        return ExitCodes.Ok;
    }
}
