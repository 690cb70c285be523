using System.Globalization;
using Triangulate.Core.Storage;

namespace Triangulate.Cli.Terminal;

/// <summary>Prints the watcher's per-source health records, one block per source.</summary>
public static class SourceHealthPrinter
{
    public static void Print(IReadOnlyList<WatchedSource> sources)
    {
        ArgumentNullException.ThrowIfNull(sources);
        foreach (var s in sources)
        {
            var h = s.Health;
            Console.WriteLine(s.Url);
            Console.WriteLine($"  kind {s.Kind ?? "-"}; next poll {Time(s.NextPollAt)}; last success {Time(h.LastSuccessAt)}; polls {h.Fetches} ({h.NotModified} not modified)");
            Console.WriteLine($"  items seen {h.ItemsSeen}; average latency {(h.AverageLatencyMs is { } ms ? ms.ToString("0", CultureInfo.InvariantCulture) + " ms" : "-")}; failures in a row {h.ConsecutiveFailures}");
            if (h.LastError is not null)
            {
                Console.WriteLine($"  last error {Time(h.LastErrorAt)}: {h.LastError}");
            }
        }

        Console.WriteLine($"{sources.Count} source{(sources.Count == 1 ? "" : "s")}");
    }

    private static string Time(DateTimeOffset? t) => t?.ToString("yyyy-MM-dd HH:mm:ss'Z'", CultureInfo.InvariantCulture) ?? "-";
}
