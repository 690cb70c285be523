namespace Triangulate.Cli;

/// <summary>
/// The process exit codes, documented in the README and in every command's help. Each command lists only the
/// codes it can return, with what they mean for it, through <see cref="Help"/>.
/// </summary>
public static class ExitCodes
{
    /// <summary>Everything went through.</summary>
    public const int Ok = 0;

    /// <summary>Some inputs failed (see diagnostics), or no input held an article.</summary>
    public const int SomeInputsFailed = 1;

    /// <summary>The command line was wrong, or an output location cannot be written.</summary>
    public const int Usage = 2;

    /// <summary>The store could not be opened or written.</summary>
    public const int Storage = 3;

    /// <summary>What 0 means for most commands.</summary>
    public const string OkMeaning = "ok";

    /// <summary>What 2 means for a command that writes no output file.</summary>
    public const string UsageMeaning = "usage error (unknown option, bad value)";

    /// <summary>What 3 means for a command that reads or writes a store.</summary>
    public const string StorageMeaning = "storage error (the store cannot be opened, read or written)";

    /// <summary>What 3 means for a read-only command: it never creates a store.</summary>
    public const string ReadOnlyStorageMeaning = "storage error (no store at --db, or it cannot be read; a store is never created)";

    /// <summary>
    /// The "Exit codes:" line of one command's help: each code the command can return, with its meaning for
    /// that command. A null meaning leaves the code out. Every command's help ends with this line (a test walks the
    /// command tree), so a new command says its own codes instead of copying another's.
    /// </summary>
    public static string Help(string ok = OkMeaning, string? inputsFailed = null, string? usage = UsageMeaning, string? storage = null)
    {
        var parts = new List<string>(4) { $"{Ok} {ok}" };
        if (inputsFailed is not null)
        {
            parts.Add($"{SomeInputsFailed} {inputsFailed}");
        }

        if (usage is not null)
        {
            parts.Add($"{Usage} {usage}");
        }

        if (storage is not null)
        {
            parts.Add($"{Storage} {storage}");
        }

        return "Exit codes: " + string.Join("; ", parts) + ".";
    }

    /// <summary>The old one-line summary of all codes, which told read-only commands they could fail on inputs.</summary>
    [Obsolete("List the command's own exit codes with ExitCodes.Help(ok:, inputsFailed:, usage:, storage:).", error: true)]
    public const string HelpText = "Exit codes: 0 ok, 1 some inputs failed but output was written, 2 usage error (or unwritable output), 3 storage error.";
}
