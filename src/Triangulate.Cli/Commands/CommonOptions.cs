using System.CommandLine;
using Triangulate.Cli.Composition;
using Triangulate.Hosting;

namespace Triangulate.Cli.Commands;

/// <summary>Options several commands share, defined once so their names and help read the same everywhere.</summary>
public static class CommonOptions
{
    public static Option<string?> Db(string defaultDescription) => new("--db")
    {
        Description = $"Store to use: a SQLite file (created if missing) or postgres:<connection string>. Default: {defaultDescription}.",
        HelpName = "PATH",
    };

    public static Option<bool> Quiet() => new("--quiet", "-q") { Description = "No progress display." };

    public static Option<bool> Verbose() => new("--verbose", "-v") { Description = "Also print info-level diagnostics." };

    public static Option<int?> Parallelism() => new("--parallelism")
    {
        Description = "Worker threads for per-article work. Default: one per core.",
        HelpName = "N",
    };

    public static Argument<string[]> Inputs() => new("inputs")
    {
        Description = "Files, folders (read recursively), RSS/Atom feeds, .jsonl files, or - for standard input.",
        Arity = ArgumentArity.OneOrMore,
    };

    public static string UserDb => StorePaths.UserDefault();
}
