namespace Triangulate.Engine;

/// <summary>Where the embedded store lives when --db is not given.</summary>
public static class StorePaths
{
    public const string FileName = "triangulate.db";

    /// <summary>The per-user data folder: $TRIANGULATE_DB if set, else $XDG_DATA_HOME/triangulate, else
    /// ~/.local/share/triangulate (the platform's local application data folder elsewhere).</summary>
    public static string UserDefault()
    {
        var env = Environment.GetEnvironmentVariable("TRIANGULATE_DB");
        if (!string.IsNullOrWhiteSpace(env))
        {
            return env;
        }

        var xdg = Environment.GetEnvironmentVariable("XDG_DATA_HOME");
        var root = !string.IsNullOrWhiteSpace(xdg) ? xdg : Environment.GetFolderPath(Environment.SpecialFolder.LocalApplicationData, Environment.SpecialFolderOption.DoNotVerify);
        if (string.IsNullOrWhiteSpace(root))
        {
            root = Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".local", "share");
        }

        return Path.Combine(root, "triangulate", FileName);
    }
}
