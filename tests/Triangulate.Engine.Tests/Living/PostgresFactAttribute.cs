namespace Triangulate.Engine.Tests.Living;

/// <summary>A fact that needs a PostgreSQL server named by TRIANGULATE_PG; skipped with a message when unset.</summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class PostgresFactAttribute : FactAttribute
{
    public const string Variable = "TRIANGULATE_PG";

    public PostgresFactAttribute()
    {
        if (string.IsNullOrWhiteSpace(Environment.GetEnvironmentVariable(Variable)))
        {
            Skip = $"skipped: set {Variable} to run this test (see docs/storage.md and .ci/postgres.sh)";
        }
    }

    public static string ConnectionString => Environment.GetEnvironmentVariable(Variable) ?? "";
}
