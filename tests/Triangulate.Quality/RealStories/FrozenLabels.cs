using System.Security.Cryptography;
using System.Text.RegularExpressions;
using Triangulate.TestKit;

namespace Triangulate.Quality.RealStories;

/// <summary>
/// The test labels were frozen before any scorer ran Triangulate on them; docs/real-gold.md records the SHA-256
/// of every test label file. This compares the files with that record, so a test label cannot drift silently.
/// </summary>
internal static partial class FrozenLabels
{
    [GeneratedRegex(@"^\| `(?<file>[^`]+\.json)` \| `(?<hash>[0-9a-f]{64})` \|$", RegexOptions.Multiline)]
    private static partial Regex HashRow();

    /// <summary>Recorded file name → SHA-256 (hex, lower case).</summary>
    public static Dictionary<string, string> Recorded()
    {
        var doc = File.ReadAllText(Path.Combine(SharedData.RepoRoot, "docs", "real-gold.md"));
        return HashRow().Matches(doc).ToDictionary(m => m.Groups["file"].Value, m => m.Groups["hash"].Value, StringComparer.Ordinal);
    }

    /// <summary>Every difference between the test label files and the recorded hashes (empty when they agree).</summary>
    public static List<string> Differences()
    {
        var recorded = Recorded();
        var problems = new List<string>();
        var files = Directory.GetFiles(GoldStoryReader.LabelFolder("test"), "*.json").ToDictionary(f => Path.GetFileName(f), f => f, StringComparer.Ordinal);
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

        problems.AddRange(files.Keys.Where(f => !recorded.ContainsKey(f)).Select(f => $"{f}: a test label file that was not frozen"));
        return problems;
    }
}
