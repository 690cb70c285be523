namespace Triangulate.Cluster.Schema;

/// <summary>
/// The table and stored queries of the Orleans ADO.NET reminder provider (Microsoft.Orleans.Reminders.AdoNet 10.4.2),
/// beside the clustering ones in schema <c>orleans</c>. The query keys, parameter names and result columns are the
/// provider's contract, taken from Orleans' own <c>PostgreSQL-Reminders.sql</c> (not shipped in the NuGet package);
/// 10.4.2 sends no cron, priority or due-time parameters, so only the columns it reads and writes are here, and the
/// upsert and delete are plain statements instead of the script's stored functions.
/// </summary>
internal static class ReminderSchema
{
    public const string Tables = """
        CREATE TABLE IF NOT EXISTS OrleansRemindersTable (
            ServiceId varchar(150) NOT NULL,
            GrainId varchar(150) NOT NULL,
            ReminderName varchar(150) NOT NULL,
            StartTime timestamptz(3) NOT NULL,
            Period bigint NOT NULL,
            GrainHash integer NOT NULL,
            Version integer NOT NULL,
            PRIMARY KEY (ServiceId, GrainId, ReminderName));
        """;

    private const string Columns = "GrainId, ReminderName, StartTime, Period, Version";

    public static readonly (string Key, string Text)[] Queries =
    [
        ("UpsertReminderRowKey", """
            INSERT INTO OrleansRemindersTable (ServiceId, GrainId, ReminderName, StartTime, Period, GrainHash, Version)
            VALUES (@ServiceId, @GrainId, @ReminderName, @StartTime, @Period::bigint, @GrainHash, 0)
            ON CONFLICT (ServiceId, GrainId, ReminderName) DO UPDATE SET StartTime = excluded.StartTime,
                Period = excluded.Period, GrainHash = excluded.GrainHash, Version = OrleansRemindersTable.Version + 1
            RETURNING Version
            """),
        ("ReadReminderRowsKey", $"""
            SELECT {Columns} FROM OrleansRemindersTable
            WHERE ServiceId = @ServiceId AND GrainId = @GrainId
            """),
        ("ReadReminderRowKey", $"""
            SELECT {Columns} FROM OrleansRemindersTable
            WHERE ServiceId = @ServiceId AND GrainId = @GrainId AND ReminderName = @ReminderName
            """),
        ("ReadRangeRows1Key", $"""
            SELECT {Columns} FROM OrleansRemindersTable
            WHERE ServiceId = @ServiceId AND GrainHash > @BeginHash AND GrainHash <= @EndHash
            """),
        ("ReadRangeRows2Key", $"""
            SELECT {Columns} FROM OrleansRemindersTable
            WHERE ServiceId = @ServiceId AND (GrainHash > @BeginHash OR GrainHash <= @EndHash)
            """),
        ("DeleteReminderRowKey", """
            WITH gone AS (DELETE FROM OrleansRemindersTable
                          WHERE ServiceId = @ServiceId AND GrainId = @GrainId AND ReminderName = @ReminderName
                            AND Version = @Version RETURNING 1)
            SELECT count(*)::integer FROM gone
            """),
        ("DeleteReminderRowsKey", """
            DELETE FROM OrleansRemindersTable WHERE ServiceId = @ServiceId
            """),
    ];
}
