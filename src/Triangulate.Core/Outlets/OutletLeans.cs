using System.Text.Json;

namespace Triangulate.Core.Outlets;

/// <summary>
/// Political lean by outlet domain ("left", "center", "right"), read at run time from the AllSides ratings
/// that the NeuS headline roundups carry (<c>../shared/data/stories/allsides_neus.part*.jsonl</c>). The
/// ratings are not shipped with Triangulate: that data is for research and evaluation only (its SOURCE.md),
/// so a build without <c>../shared</c> simply has no lean (docs/outlets.md).
/// </summary>
public sealed class OutletLeans
{
    /// <summary>The file-name pattern of the AllSides/NeuS parts.</summary>
    public const string FilePattern = "allsides_neus.part*.jsonl";

    /// <summary>Environment variable naming a ratings file or the folder that holds the parts.</summary>
    public const string EnvironmentVariable = "TRIANGULATE_OUTLET_LEANS";

    private readonly Dictionary<string, string> _byDomain;

    private OutletLeans(Dictionary<string, string> byDomain, string? source)
    {
        _byDomain = byDomain;
        Source = source;
    }

    /// <summary>No ratings.</summary>
    public static OutletLeans None { get; } = new(new Dictionary<string, string>(StringComparer.Ordinal), null);

    /// <summary>The ratings found beside this build (see <see cref="Locate"/>), or <see cref="None"/>.</summary>
    public static OutletLeans Default => Located.Value;

    private static readonly Lazy<OutletLeans> Located = new(LoadLocated);

    /// <summary>Where the ratings came from (the folder read), or null when there are none.</summary>
    public string? Source { get; }

    /// <summary>Number of domains rated.</summary>
    public int Count => _byDomain.Count;

    /// <summary>The lean of the domain a URL (or bare host) belongs to, nearest listed parent first; null when unrated.</summary>
    public string? Find(string? urlOrHost)
    {
        for (var host = OutletDomains.HostOf(urlOrHost); host is not null; host = OutletDomains.Parent(host))
        {
            if (_byDomain.TryGetValue(host, out var lean))
            {
                return lean;
            }
        }

        return null;
    }

    /// <summary>The lean of any of the entry's domains; null when none is rated.</summary>
    public string? Find(OutletEntry entry)
    {
        ArgumentNullException.ThrowIfNull(entry);
        foreach (var domain in entry.Domains)
        {
            if (_byDomain.TryGetValue(domain, out var lean))
            {
                return lean;
            }
        }

        return null;
    }

    /// <summary>
    /// Reads rated items (JSON Lines with <c>url</c> and <c>stance</c>; lines without both are skipped) and
    /// gives each host the stance most of its items carry. A host whose items split evenly gets none.
    /// </summary>
    public static OutletLeans Load(IReadOnlyList<string> files)
    {
        ArgumentNullException.ThrowIfNull(files);
        var votes = new Dictionary<string, Dictionary<string, int>>(StringComparer.Ordinal);
        foreach (var file in files)
        {
            foreach (var line in File.ReadLines(file))
            {
                if (Rated(line) is ({ } host, { } stance))
                {
                    var counts = votes.TryGetValue(host, out var c) ? c : votes[host] = new Dictionary<string, int>(StringComparer.Ordinal);
                    counts[stance] = counts.GetValueOrDefault(stance) + 1;
                }
            }
        }

        var byDomain = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (host, counts) in votes)
        {
            var ranked = counts.OrderByDescending(kv => kv.Value).ThenBy(kv => kv.Key, StringComparer.Ordinal).ToList();
            if (ranked.Count == 1 || ranked[0].Value > ranked[1].Value)
            {
                byDomain[host] = ranked[0].Key;
            }
        }

        var source = files.Count == 0 ? null : Path.GetDirectoryName(Path.GetFullPath(files[0]));
        return new OutletLeans(byDomain, source);
    }

    /// <summary>
    /// The ratings files: <see cref="EnvironmentVariable"/> (a file or folder), else
    /// <c>$TRIANGULATE_SHARED/data/stories</c>, else <c>shared/data/stories</c> in the current folder, the
    /// build's folder or any folder above them (the layout the repository is developed in). Null when none exists.
    /// </summary>
    public static IReadOnlyList<string>? Locate()
    {
        var named = Environment.GetEnvironmentVariable(EnvironmentVariable);
        if (!string.IsNullOrWhiteSpace(named))
        {
            return File.Exists(named) ? [named] : Parts(named);
        }

        var shared = Environment.GetEnvironmentVariable("TRIANGULATE_SHARED");
        if (!string.IsNullOrWhiteSpace(shared) && Parts(Path.Combine(shared, "data", "stories")) is { } fromShared)
        {
            return fromShared;
        }

        foreach (var start in (ReadOnlySpan<string>)[Directory.GetCurrentDirectory(), AppContext.BaseDirectory])
        {
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                if (Parts(Path.Combine(dir.FullName, "shared", "data", "stories")) is { } found)
                {
                    return found;
                }
            }
        }

        return null;
    }

    /// <summary>AllSides' five ratings, lower case ("Lean Left" → "lean left", "centre" → "center"); null for anything else.</summary>
    private static string? Lean(string? stance)
    {
        var lean = stance?.Trim().ToLowerInvariant().Replace("centre", "center", StringComparison.Ordinal);
        return lean is "left" or "lean left" or "center" or "lean right" or "right" ? lean : null;
    }

    private static OutletLeans LoadLocated() => Locate() is { } files ? Load(files) : None;

    private static string[]? Parts(string folder)
    {
        if (!Directory.Exists(folder))
        {
            return null;
        }

        var files = Directory.GetFiles(folder, FilePattern);
        Array.Sort(files, StringComparer.Ordinal);
        return files.Length == 0 ? null : files;
    }

    private static (string? Host, string? Stance) Rated(string line)
    {
        if (!line.Contains("\"stance\"", StringComparison.Ordinal))
        {
            return (null, null);
        }

        try
        {
            using var doc = JsonDocument.Parse(line);
            var root = doc.RootElement;
            if (root.ValueKind != JsonValueKind.Object
                || !root.TryGetProperty("stance", out var stance) || stance.ValueKind != JsonValueKind.String
                || !root.TryGetProperty("url", out var url) || url.ValueKind != JsonValueKind.String)
            {
                return (null, null);
            }

            return (OutletDomains.HostOf(url.GetString()), Lean(stance.GetString()));
        }
        catch (JsonException)
        {
            // A damaged line costs that line only: the other ratings still hold.
            return (null, null);
        }
    }
}
