using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Npgsql;
using Orleans.Configuration;
using Orleans.Runtime;
using Triangulate.Cluster.Hosting;
using Triangulate.Cluster.Schema;
using Triangulate.Cluster.Sources;
using Triangulate.Storage.Postgres;

namespace Triangulate.Cluster.Status;

/// <summary>What <c>triangulate cluster status</c> shows: silos from the membership table in PostgreSQL, and grain
/// activations by type and silo from the cluster itself (through a client that connects to a live gateway).</summary>
public static class ClusterStatusReader
{
    /// <summary>Every silo of <paramref name="clusterId"/> in the membership table, newest first.</summary>
    public static async Task<IReadOnlyList<SiloRow>> SilosAsync(string postgres, string clusterId, CancellationToken cancellationToken = default)
    {
        await using var connection = new NpgsqlConnection(ClusteringSchema.ConnectionString(postgres));
        await connection.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var command = new NpgsqlCommand("""
            SELECT Address, Port, Generation, SiloName, HostName, Status, ProxyPort, StartTime, IAmAliveTime
            FROM OrleansMembershipTable WHERE DeploymentId = @id ORDER BY StartTime DESC, Port
            """, connection);
        command.Parameters.AddWithValue("id", clusterId);
        var rows = new List<SiloRow>();
        try
        {
            await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
            while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
            {
                rows.Add(new SiloRow(reader.GetString(0), reader.GetInt32(1), reader.GetInt32(2), reader.GetString(3), reader.GetString(4),
                    ((SiloStatus)reader.GetInt32(5)).ToString(), reader.IsDBNull(6) ? null : reader.GetInt32(6),
                    reader.GetFieldValue<DateTimeOffset>(7), reader.GetFieldValue<DateTimeOffset>(8)));
            }
        }
        catch (PostgresException ex) when (ex.SqlState == PostgresErrorCodes.UndefinedTable)
        {
            // No silo ever started on this database.
        }

        return rows;
    }

    /// <summary>Activations by grain type and silo, asked of the cluster through a short-lived client; null when no
    /// gateway answers within <paramref name="timeout"/>.</summary>
    public static async Task<IReadOnlyList<GrainCount>?> GrainsAsync(string postgres, string clusterId, TimeSpan timeout, CancellationToken cancellationToken = default)
    {
        var statistics = await AskAsync(postgres, clusterId, timeout, client => client.GetGrain<IManagementGrain>(0).GetSimpleGrainStatistics(), cancellationToken).ConfigureAwait(false);
        return statistics is null ? null : [.. statistics
            .Where(s => s.GrainType.Contains("Triangulate", StringComparison.Ordinal))
            .Select(s => new GrainCount(ShortType(s.GrainType), s.SiloAddress.ToString(), s.ActivationCount))
            .OrderBy(g => g.Type, StringComparer.Ordinal).ThenBy(g => g.Silo, StringComparer.Ordinal)];
    }

    /// <summary>Has the story writer of <paramref name="schema"/> flush (settle, recompute every pending section,
    /// quiet events). Grain calls take turns, so when this returns any flush the silos started has finished too.
    /// Returns the events written, or null when no gateway answered.</summary>
    public static async Task<int?> FlushAsync(string postgres, string clusterId, string schema, TimeSpan timeout, CancellationToken cancellationToken = default)
    {
        var events = await AskAsync(postgres, clusterId, timeout, client => client.GetGrain<Grains.IStoryWriterGrain>(schema).FlushAsync(), cancellationToken).ConfigureAwait(false);
        return events;
    }

    /// <summary>Every source in the store's watch tables with its grain's health and silo (asking activates the grain
    /// where Orleans places it); null when no gateway answered.</summary>
    public static async Task<IReadOnlyList<SourceStatus>?> SourcesAsync(string postgres, string clusterId, string schema, TimeSpan timeout, CancellationToken cancellationToken = default)
    {
        var urls = await SourceUrlsAsync(postgres, schema, cancellationToken).ConfigureAwait(false);
        return urls.Count == 0 ? [] : await AskAsync(postgres, clusterId, timeout, client => StatusesAsync(client, urls), cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Has the cluster watch <paramref name="urls"/> (see <see cref="WatchAsync(IClusterClient, IReadOnlyList{string})"/>);
    /// null when no gateway answered.</summary>
    public static Task<IReadOnlyList<SourceStatus>?> WatchAsync(string postgres, string clusterId, IReadOnlyList<string> urls, TimeSpan timeout, CancellationToken cancellationToken = default) =>
        AskAsync(postgres, clusterId, timeout, client => WatchAsync(client, urls), cancellationToken);

    /// <summary>Each source grain registers its polling reminder and polls once; returns each one's status after that poll.</summary>
    public static async Task<IReadOnlyList<SourceStatus>> WatchAsync(IClusterClient client, IReadOnlyList<string> urls)
    {
        ArgumentNullException.ThrowIfNull(client);
        return await Task.WhenAll(urls.Select(url => client.GetGrain<ISourceGrain>(url).WatchAsync())).ConfigureAwait(false);
    }

    /// <summary>Has the cluster stop watching <paramref name="urls"/> (see <see cref="UnwatchAsync(IClusterClient, IReadOnlyList{string})"/>);
    /// null when no gateway answered.</summary>
    public static Task<IReadOnlyList<bool>?> UnwatchAsync(string postgres, string clusterId, IReadOnlyList<string> urls, TimeSpan timeout, CancellationToken cancellationToken = default) =>
        AskAsync(postgres, clusterId, timeout, client => UnwatchAsync(client, urls), cancellationToken);

    /// <summary>Each source grain unregisters its reminder and removes its source from the watch tables; returns, per
    /// address, whether it was watched.</summary>
    public static async Task<IReadOnlyList<bool>> UnwatchAsync(IClusterClient client, IReadOnlyList<string> urls)
    {
        ArgumentNullException.ThrowIfNull(client);
        return await Task.WhenAll(urls.Select(url => client.GetGrain<ISourceGrain>(url).UnwatchAsync())).ConfigureAwait(false);
    }

    /// <summary>The health and silo of each source grain.</summary>
    public static async Task<IReadOnlyList<SourceStatus>> StatusesAsync(IClusterClient client, IReadOnlyList<string> urls)
    {
        ArgumentNullException.ThrowIfNull(client);
        return await Task.WhenAll(urls.Select(url => client.GetGrain<ISourceGrain>(url).StatusAsync())).ConfigureAwait(false);
    }

    /// <summary>The sources in the watch tables of the store in <paramref name="schema"/>, in the order they were added.</summary>
    public static async Task<IReadOnlyList<string>> SourceUrlsAsync(string postgres, string schema, CancellationToken cancellationToken = default)
    {
        await using var store = await PostgresWatchStore.OpenAsync(postgres, new PostgresStoreOptions { Schema = schema }, cancellationToken).ConfigureAwait(false);
        // In address order, so `cluster status` lists sources the same way every time (the store returns them in no order).
        return [.. (await store.ListSourcesAsync(cancellationToken).ConfigureAwait(false)).Select(s => s.Url).Order(StringComparer.Ordinal)];
    }

    /// <summary>Connects a client to the cluster (gateways from the membership table), asks, disconnects.</summary>
    private static async Task<T?> AskAsync<T>(string postgres, string clusterId, TimeSpan timeout, Func<IClusterClient, Task<T>> ask, CancellationToken cancellationToken)
    {
        var builder = Host.CreateApplicationBuilder();
        builder.Logging.SetMinimumLevel(LogLevel.Critical);
        builder.UseOrleansClient(client =>
        {
            client.Configure<ClusterOptions>(o =>
            {
                o.ClusterId = clusterId;
                o.ServiceId = SiloHost.ServiceId;
            });
            client.UseAdoNetClustering(o =>
            {
                o.Invariant = "Npgsql";
                o.ConnectionString = ClusteringSchema.ConnectionString(postgres);
            });
            client.Configure<ClientMessagingOptions>(o => o.ResponseTimeout = timeout);
        });
        using var host = builder.Build();
        using var limit = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        limit.CancelAfter(timeout);
        try
        {
            await host.StartAsync(limit.Token).ConfigureAwait(false);
            var answer = await ask(host.Services.GetRequiredService<IClusterClient>()).WaitAsync(limit.Token).ConfigureAwait(false);
            await host.StopAsync(CancellationToken.None).ConfigureAwait(false);
            return answer;
        }
        catch (Exception ex) when (ex is OperationCanceledException or OrleansException or TimeoutException or SiloUnavailableException)
        {
            return default;
        }
    }

    private static string ShortType(string grainType)
    {
        var name = grainType.Split(',')[0];
        return name[(name.LastIndexOf('.') + 1)..];
    }
}
