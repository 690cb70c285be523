using Npgsql;

namespace Triangulate.Cluster.Schema;

/// <summary>
/// The PostgreSQL tables and stored queries the Orleans ADO.NET clustering provider reads and writes (and, through
/// <see cref="ReminderSchema"/>, the reminder provider's). The
/// provider runs the query text it finds under fixed keys in <c>OrleansQuery</c>, with named parameters and
/// named result columns; Orleans' own scripts are not shipped in its NuGet packages, so Triangulate keeps its
/// own SQL for that contract (plain statements, no stored functions). Applied idempotently, under an advisory
/// lock, by every silo and by <c>cluster status</c>: a second silo starting at the same moment waits, then finds
/// everything in place.
/// </summary>
public static class ClusteringSchema
{
    /// <summary>The advisory lock that serialises schema creation across processes (an arbitrary constant).</summary>
    private const long SchemaLock = 0x7472_6961_6e67_0018;

    /// <summary>The schema of Orleans' tables. Pinned through the connection's search path: with the default path
    /// ("$user", public) a store schema named like the database user ("triangulate") would catch Orleans' unqualified
    /// table names once the store exists (found the hard way: a restarted silo created a second, empty membership
    /// table in the store's schema and formed a cluster of its own).</summary>
    public const string SchemaName = "orleans";

    private const string Tables = """
        CREATE SCHEMA IF NOT EXISTS orleans;
        CREATE TABLE IF NOT EXISTS OrleansQuery (
            QueryKey varchar(64) NOT NULL PRIMARY KEY,
            QueryText varchar(8000) NOT NULL);
        CREATE TABLE IF NOT EXISTS OrleansMembershipVersionTable (
            DeploymentId varchar(150) NOT NULL PRIMARY KEY,
            Timestamp timestamptz(3) NOT NULL DEFAULT now(),
            Version integer NOT NULL DEFAULT 0);
        CREATE TABLE IF NOT EXISTS OrleansMembershipTable (
            DeploymentId varchar(150) NOT NULL REFERENCES OrleansMembershipVersionTable (DeploymentId),
            Address varchar(45) NOT NULL,
            Port integer NOT NULL,
            Generation integer NOT NULL,
            SiloName varchar(150) NOT NULL,
            HostName varchar(150) NOT NULL,
            Status integer NOT NULL,
            ProxyPort integer NULL,
            SuspectTimes varchar(8000) NULL,
            MetadataJson text NULL,
            StartTime timestamptz(3) NOT NULL,
            IAmAliveTime timestamptz(3) NOT NULL,
            PRIMARY KEY (DeploymentId, Address, Port, Generation));
        """;

    // MetadataJson is a column newer providers fill; 10.4.2 sends no such parameter, so the queries leave it null.
    // Each write that changes membership also bumps the deployment's version row, and only when the caller saw
    // the current version (the provider's optimistic concurrency). The version row is updated first, so it is
    // locked for the rest of the statement; the member row changes only when that update matched.
    private const string MemberColumns = "v.DeploymentId, m.Address, m.Port, m.Generation, m.SiloName, m.HostName, m.Status, m.ProxyPort, m.SuspectTimes, m.MetadataJson, m.StartTime, m.IAmAliveTime, v.Version";

    private static readonly (string Key, string Text)[] Queries =
    [
        ("UpdateIAmAlivetimeKey", """
            UPDATE OrleansMembershipTable SET IAmAliveTime = @IAmAliveTime
            WHERE DeploymentId = @DeploymentId AND Address = @Address AND Port = @Port AND Generation = @Generation
            """),
        ("InsertMembershipVersionKey", """
            WITH added AS (INSERT INTO OrleansMembershipVersionTable (DeploymentId) VALUES (@DeploymentId)
                           ON CONFLICT (DeploymentId) DO NOTHING RETURNING 1)
            SELECT count(*)::integer FROM added
            """),
        ("InsertMembershipKey", """
            WITH bumped AS (UPDATE OrleansMembershipVersionTable SET Version = Version + 1, Timestamp = now()
                            WHERE DeploymentId = @DeploymentId AND Version = @Version
                              AND NOT EXISTS (SELECT 1 FROM OrleansMembershipTable WHERE DeploymentId = @DeploymentId
                                              AND Address = @Address AND Port = @Port AND Generation = @Generation)
                            RETURNING DeploymentId),
                 added AS (INSERT INTO OrleansMembershipTable (DeploymentId, Address, Port, Generation, SiloName, HostName,
                                  Status, ProxyPort, StartTime, IAmAliveTime)
                           SELECT DeploymentId, @Address, @Port, @Generation, @SiloName, @HostName, @Status, @ProxyPort,
                                  @StartTime, @IAmAliveTime FROM bumped
                           ON CONFLICT DO NOTHING RETURNING 1)
            SELECT count(*)::integer FROM added
            """),
        ("UpdateMembershipKey", """
            WITH bumped AS (UPDATE OrleansMembershipVersionTable SET Version = Version + 1, Timestamp = now()
                            WHERE DeploymentId = @DeploymentId AND Version = @Version RETURNING DeploymentId),
                 changed AS (UPDATE OrleansMembershipTable m SET Status = @Status, SuspectTimes = @SuspectTimes,
                                    IAmAliveTime = @IAmAliveTime
                             FROM bumped WHERE m.DeploymentId = bumped.DeploymentId AND m.Address = @Address
                               AND m.Port = @Port AND m.Generation = @Generation RETURNING 1)
            SELECT count(*)::integer FROM changed
            """),
        ("MembershipReadRowKey", $"""
            SELECT {MemberColumns} FROM OrleansMembershipVersionTable v
            LEFT JOIN OrleansMembershipTable m ON m.DeploymentId = v.DeploymentId
                 AND m.Address = @Address AND m.Port = @Port AND m.Generation = @Generation
            WHERE v.DeploymentId = @DeploymentId
            """),
        ("MembershipReadAllKey", $"""
            SELECT {MemberColumns} FROM OrleansMembershipVersionTable v
            LEFT JOIN OrleansMembershipTable m ON m.DeploymentId = v.DeploymentId
            WHERE v.DeploymentId = @DeploymentId
            """),
        ("DeleteMembershipTableEntriesKey", """
            DELETE FROM OrleansMembershipTable WHERE DeploymentId = @DeploymentId;
            DELETE FROM OrleansMembershipVersionTable WHERE DeploymentId = @DeploymentId
            """),
        ("GatewaysQueryKey", """
            SELECT Address, ProxyPort, Generation FROM OrleansMembershipTable
            WHERE DeploymentId = @DeploymentId AND Status = @Status AND ProxyPort > 0
            """),
        ("CleanupDefunctSiloEntriesKey", """
            DELETE FROM OrleansMembershipTable
            WHERE DeploymentId = @DeploymentId AND IAmAliveTime < @IAmAliveTime AND Status <> 3
            """),
    ];

    /// <summary>The connection string the Orleans providers (and <c>cluster status</c>) use: the given one with its
    /// search path set to <see cref="SchemaName"/>.</summary>
    public static string ConnectionString(string postgres) =>
        new NpgsqlConnectionStringBuilder(postgres) { SearchPath = SchemaName }.ConnectionString;

    /// <summary>Creates the tables when absent and writes the current query texts (so an upgrade replaces them).</summary>
    public static async Task ApplyAsync(string connectionString, CancellationToken cancellationToken = default)
    {
        await using var connection = new NpgsqlConnection(ConnectionString(connectionString));
        await connection.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
        await ExecuteAsync(connection, $"SELECT pg_advisory_xact_lock({SchemaLock})", cancellationToken).ConfigureAwait(false);
        await ExecuteAsync(connection, Tables, cancellationToken).ConfigureAwait(false);
        await ExecuteAsync(connection, ReminderSchema.Tables, cancellationToken).ConfigureAwait(false);
        foreach (var (key, text) in Queries.Concat(ReminderSchema.Queries))
        {
            await using var upsert = new NpgsqlCommand(
                "INSERT INTO OrleansQuery (QueryKey, QueryText) VALUES (@k, @t) ON CONFLICT (QueryKey) DO UPDATE SET QueryText = excluded.QueryText",
                connection);
            upsert.Parameters.AddWithValue("k", key);
            upsert.Parameters.AddWithValue("t", text);
            await upsert.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        }

        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
    }

    private static async Task ExecuteAsync(NpgsqlConnection connection, string sql, CancellationToken ct)
    {
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync(ct).ConfigureAwait(false);
    }
}
