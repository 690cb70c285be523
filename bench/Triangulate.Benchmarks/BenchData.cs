using System.Text;

namespace Triangulate.Benchmarks;

/// <summary>
/// Inputs for kernels: our own demo corpus (always present) so every benchmark runs on a stranger's clone.
/// </summary>
public static class BenchData
{
    private static readonly Lazy<string> Root = new(FindRepoRoot);

    public static string RepoRoot => Root.Value;

    /// <summary>The plain-text demo articles, concatenated contents in file order.</summary>
    public static IReadOnlyList<string> DemoTexts() => DemoFiles("*.txt").Select(File.ReadAllText).Where(t => t.Length > 0 && !t.Contains('\0')).ToList();

    /// <summary>The demo HTML pages.</summary>
    public static IReadOnlyList<string> DemoHtml() => DemoFiles("*.html").Select(File.ReadAllText).ToList();

    /// <summary>UTF-8 bytes of the plain-text demo articles with Windows line endings, as many files arrive.</summary>
    public static byte[] DemoTextBytesCrLf() => Encoding.UTF8.GetBytes(string.Join("\n\n", DemoTexts()).Replace("\n", "\r\n", StringComparison.Ordinal));

    private static IEnumerable<string> DemoFiles(string pattern) =>
        Directory.EnumerateFiles(Path.Combine(RepoRoot, "samples", "demo"), pattern).Where(f => !Path.GetFileName(f).StartsWith("broken", StringComparison.Ordinal)).Order(StringComparer.Ordinal);

    private static string FindRepoRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Triangulate.slnx")))
        {
            dir = dir.Parent;
        }

        return dir?.FullName ?? throw new InvalidOperationException("run the benchmarks from inside the repository");
    }
}
