using Npgsql;
using Triangulate.Storage.Tests.Contract;

namespace Triangulate.Storage.Tests.Postgres;

/// <summary>A fact that needs a PostgreSQL server named by TRIANGULATE_PG; skipped with a message when unset.</summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class PostgresFactAttribute : FactAttribute
{
    public const string Variable = "TRIANGULATE_PG";

    public PostgresFactAttribute()
    {
        if (RequiresEnvironmentAttribute.SkipReason(Variable) is { } reason)
        {
            Skip = reason;
        }
    }

    public static string ConnectionString => Environment.GetEnvironmentVariable(Variable) ?? "";

    /// <summary>Drops a test's own schema, when a server is configured: each test leaves the database as it found it.</summary>
    public static async Task DropSchemaAsync(string schema)
    {
        if (RequiresEnvironmentAttribute.SkipReason(Variable) is not null)
        {
            return;
        }

        await using var connection = new NpgsqlConnection(ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand($"DROP SCHEMA IF EXISTS \"{schema}\" CASCADE", connection);
        await command.ExecuteNonQueryAsync();
    }
}
