using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Npgsql;
using Orleans.Configuration;
using Orleans.Runtime;
using Triangulate.Cluster.Hosting;

namespace Triangulate.Cluster.Status;

/// <summary>What <c>triangulate cluster status</c> shows: silos from the membership table in PostgreSQL, and grain
/// activations by type and silo from the cluster itself (through a client that connects to a live gateway).</summary>
public static class ClusterStatusReader
{
    /// <summary>Every silo of <paramref name="clusterId"/> in the membership table, newest first.</summary>
    public static async Task<IReadOnlyList<SiloRow>> SilosAsync(string postgres, string clusterId, CancellationToken cancellationToken = default)
    {
        await using var connection = new NpgsqlConnection(postgres);
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
        var builder = Host.CreateApplicationBuilder();
        builder.Logging.SetMinimumLevel(Microsoft.Extensions.Logging.LogLevel.Critical);
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
                o.ConnectionString = postgres;
            });
        });
        using var host = builder.Build();
        using var limit = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        limit.CancelAfter(timeout);
        try
        {
            await host.StartAsync(limit.Token).ConfigureAwait(false);
            var management = host.Services.GetRequiredService<IClusterClient>().GetGrain<IManagementGrain>(0);
            var statistics = await management.GetSimpleGrainStatistics().WaitAsync(limit.Token).ConfigureAwait(false);
            await host.StopAsync(CancellationToken.None).ConfigureAwait(false);
            return [.. statistics
                .Where(s => s.GrainType.Contains("Triangulate", StringComparison.Ordinal))
                .Select(s => new GrainCount(ShortType(s.GrainType), s.SiloAddress.ToString(), s.ActivationCount))
                .OrderBy(g => g.Type, StringComparer.Ordinal).ThenBy(g => g.Silo, StringComparer.Ordinal)];
        }
        catch (Exception ex) when (ex is OperationCanceledException or OrleansException or TimeoutException or SiloUnavailableException)
        {
            return null;
        }
    }

    private static string ShortType(string grainType)
    {
        var name = grainType.Split(',')[0];
        return name[(name.LastIndexOf('.') + 1)..];
    }
}
