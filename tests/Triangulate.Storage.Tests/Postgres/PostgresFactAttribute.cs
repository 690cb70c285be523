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
}
