using System.CommandLine;
using Triangulate.Cli.Terminal;
using Triangulate.Cluster.Hosting;
using Triangulate.Core.Diagnostics;
using Triangulate.Storage;

namespace Triangulate.Cli.Commands;

/// <summary>The options that name a cluster (#18, docs/scale-out.md): its PostgreSQL database, its NATS server,
/// its id, and the store's schema. Shared by <c>serve --cluster</c> and the <c>cluster</c> commands.</summary>
public sealed class ClusterOptions
{
    public Option<string?> Cluster { get; } = new("--cluster")
    {
        Description = "Join (or read) the cluster whose membership, grains and store live in this PostgreSQL database: postgres:<Npgsql connection string>.",
        HelpName = "postgres:CONN",
    };

    public Option<string> Nats { get; } = new("--nats")
    {
        Description = "The NATS server (with JetStream) that holds the ingest log.",
        HelpName = "URL",
        DefaultValueFactory = _ => "nats://127.0.0.1:4222",
    };

    public Option<string> ClusterId { get; } = new("--cluster-id")
    {
        Description = "Silos with the same id and database form one cluster.",
        HelpName = "ID",
        DefaultValueFactory = _ => "triangulate",
    };

    public Option<string> Schema { get; } = new("--schema")
    {
        Description = "The PostgreSQL schema of the store the cluster writes (lower-case letters, digits, '_').",
        HelpName = "NAME",
        DefaultValueFactory = _ => "triangulate",
    };

    public Option<string> Stream { get; } = new("--stream")
    {
        Description = "The JetStream stream of the ingest log.",
        HelpName = "NAME",
        DefaultValueFactory = _ => Triangulate.Cluster.Log.IngestLog.DefaultStream,
    };

    public void AddTo(Command command)
    {
        CommonOptions.AddAll(command, Cluster, Nats, ClusterId, Schema, Stream);
    }

    /// <summary>The settings of the command line; null, after printing why, when --cluster is not a PostgreSQL
    /// connection string (the caller exits with <see cref="ExitCodes.Usage"/>).</summary>
    public ClusterSettings? Settings(ParseResult parse) => Postgres(parse) is { } postgres ? new()
    {
        Postgres = postgres,
        NatsUrl = parse.GetValue(Nats)!,
        ClusterId = parse.GetValue(ClusterId)!,
        Schema = parse.GetValue(Schema)!,
        Stream = parse.GetValue(Stream)!,
    } : null;

    /// <summary>The Npgsql connection string of --cluster, or null after printing why it is not one.</summary>
    private string? Postgres(ParseResult parse)
    {
        var value = parse.GetValue(Cluster);
        if (value is null || !value.StartsWith(ArticleStores.PostgresPrefix, StringComparison.OrdinalIgnoreCase) || value.Length == ArticleStores.PostgresPrefix.Length)
        {
            Console.Error.WriteLine("usage: --cluster postgres:<connection string> is required (e.g. --cluster \"postgres:Host=127.0.0.1;Username=triangulate;Password=…;Database=news\")");
            return null;
        }

        return value[ArticleStores.PostgresPrefix.Length..];
    }

    /// <summary>Prints that no silo of the cluster answered a client call and returns the exit code for it.</summary>
    public static int NoSiloAnswered(ClusterSettings settings)
    {
        ArgumentNullException.ThrowIfNull(settings);
        DiagnosticPrinter.Fatal(ErrorCodes.StoreUnavailable, $"no silo of cluster '{settings.ClusterId}' answered");
        return ExitCodes.Storage;
    }
}
