using System.Security.Cryptography;
using System.Text.RegularExpressions;
using Triangulate.TestKit;

namespace Triangulate.Quality.RealStories;

/// <summary>
/// The test labels (and the second dev set, dev2) were frozen before any scorer ran Triangulate on them;
/// docs/real-gold.md records the SHA-256 of every such label file (test rows name the bare file, dev2 rows
/// "dev2/file"). This compares the files with that record, so a frozen label cannot drift silently.
/// </summary>
internal static partial class FrozenLabels
{
    [GeneratedRegex(@"^\| `(?<file>[^`]+\.json)` \| `(?<hash>[0-9a-f]{64})` \|$", RegexOptions.Multiline)]
    private static partial Regex HashRow();

    /// <summary>Recorded file name → SHA-256 (hex, lower case) of one frozen split ("test" or "dev2").</summary>
    public static Dictionary<string, string> Recorded(string split = "test")
    {
        var doc = File.ReadAllText(Path.Combine(SharedData.RepoRoot, "docs", "real-gold.md"));
        var prefix = split == "test" ? "" : split + "/";
        return HashRow().Matches(doc)
            .Select(m => (File: m.Groups["file"].Value, Hash: m.Groups["hash"].Value))
            .Where(r => prefix.Length == 0 ? !r.File.Contains('/', StringComparison.Ordinal) : r.File.StartsWith(prefix, StringComparison.Ordinal))
            .ToDictionary(r => r.File[prefix.Length..], r => r.Hash, StringComparer.Ordinal);
    }

    /// <summary>Every difference between a frozen split's label files and the recorded hashes (empty when they agree).</summary>
    public static List<string> Differences(string split = "test")
    {
        var recorded = Recorded(split);
        var problems = new List<string>();
        var files = Directory.GetFiles(GoldStoryReader.LabelFolder(split), "*.json").ToDictionary(f => Path.GetFileName(f), f => f, StringComparer.Ordinal);
        foreach (var (name, hash) in recorded)
        {
            if (!files.TryGetValue(name, out var path))
            {
                problems.Add($"{name}: recorded but missing");
                continue;
            }

            var actual = Convert.ToHexStringLower(SHA256.HashData(File.ReadAllBytes(path)));
            if (actual != hash)
            {
                problems.Add($"{name}: SHA-256 {actual} differs from the frozen {hash}");
            }
        }

        problems.AddRange(files.Keys.Where(f => !recorded.ContainsKey(f)).Select(f => $"{f}: a {split} label file that was not frozen"));
        return problems;
    }
}
