namespace Triangulate.TestKit;

/// <summary>
/// Finds ../shared (beside the repository) at run time. Data sets are never copied into the repo; tests
/// that need them skip with a clear message when they are absent, so a stranger's clone still passes.
/// Set TRIANGULATE_SHARED to point elsewhere.
/// </summary>
public static class SharedData
{
    private static readonly Lazy<string?> RootPath = new(FindRoot);

    /// <summary>The shared folder, or null when it cannot be found.</summary>
    public static string? Root => RootPath.Value;

    /// <summary>The repository root (the folder holding Triangulate.slnx).</summary>
    public static string RepoRoot { get; } = FindRepoRoot();

    /// <summary>Full path of a file or folder under shared/, or null when shared/ or that entry is absent.</summary>
    public static string? Path(params string[] parts)
    {
        if (Root is null)
        {
            return null;
        }

        var full = System.IO.Path.Combine([Root, .. parts]);
        return File.Exists(full) || Directory.Exists(full) ? full : null;
    }

    /// <summary>The message a skipped test shows.</summary>
    public static string MissingMessage(string what) =>
        $"skipped: ../shared/{what} is not present beside the repository (set TRIANGULATE_SHARED to its location to run this test)";

    private static string? FindRoot()
    {
        var env = Environment.GetEnvironmentVariable("TRIANGULATE_SHARED");
        if (!string.IsNullOrEmpty(env) && Directory.Exists(env))
        {
            return System.IO.Path.GetFullPath(env);
        }

        var candidate = System.IO.Path.GetFullPath(System.IO.Path.Combine(RepoRoot, "..", "shared"));
        return Directory.Exists(System.IO.Path.Combine(candidate, "data")) ? candidate : null;
    }

    private static string FindRepoRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(System.IO.Path.Combine(dir.FullName, "Triangulate.slnx")))
        {
            dir = dir.Parent;
        }

        return dir?.FullName ?? Directory.GetCurrentDirectory();
    }
}
