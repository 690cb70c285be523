using Triangulate.TestKit;

namespace Triangulate.ScaleOut.Tests;

/// <summary>A fact that needs a PostgreSQL server (TRIANGULATE_PG) and/or the nats-server binary, and optionally
/// a file under ../shared; skipped with a message naming what is missing.</summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class ScaleOutFactAttribute : FactAttribute
{
    public ScaleOutFactAttribute(bool postgres = true, bool nats = true, string? sharedData = null)
    {
        var missing = new List<string>();
        if (postgres && string.IsNullOrWhiteSpace(Postgres))
        {
            missing.Add("TRIANGULATE_PG is not set (a PostgreSQL connection string, see docs/storage.md)");
        }

        if (nats && NatsServer.Binary is null)
        {
            missing.Add("nats-server is not installed (apt-get install nats-server; .ci/run does)");
        }

        if (sharedData is not null && SharedData.Path(sharedData.Split('/')) is null)
        {
            missing.Add(SharedData.MissingMessage(sharedData));
        }

        if (missing.Count > 0)
        {
            Skip = "skipped: " + string.Join("; ", missing);
        }
    }

    public static string Postgres => Environment.GetEnvironmentVariable("TRIANGULATE_PG") ?? "";
}
