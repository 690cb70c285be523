using System.CommandLine;
using Triangulate.Cli.Composition;
using Triangulate.Engine;
using Triangulate.Extraction.Html.SiteRules;

namespace Triangulate.Cli.Commands;

/// <summary>Options several commands share, defined once so their names and help read the same everywhere.</summary>
public static class CommonOptions
{
    public static Option<string?> Db(string defaultDescription) => new("--db")
    {
        Description = $"Store to use: a SQLite file (created if missing) or postgres:<connection string>. Default: {defaultDescription}.",
        HelpName = "PATH",
    };

    /// <summary>--db for a command that only reads: the store must exist (open it with
    /// <see cref="StoreOpener.TryOpenExistingAsync"/>, which never creates one).</summary>
    public static ReadOnlyDbOption ReadOnlyDb(string defaultDescription) => new(defaultDescription);

    public static Option<bool> Quiet() => new("--quiet", "-q") { Description = "No progress display." };

    public static Option<bool> Verbose() => new("--verbose", "-v") { Description = "Also print info-level diagnostics." };

    public static Option<int?> Parallelism(string description = "Worker threads for per-article work. Default: one per core.") => new("--parallelism")
    {
        Description = description,
        HelpName = "N",
    };

    /// <summary>Adds <paramref name="options"/> to <paramref name="command"/>, in order (an option group's AddTo).</summary>
    public static void AddAll(Command command, params ReadOnlySpan<Option> options)
    {
        ArgumentNullException.ThrowIfNull(command);
        foreach (var option in options)
        {
            command.Options.Add(option);
        }
    }

    /// <summary>An option that takes one value, shown in help as <paramref name="helpName"/> ("N", "PORT", "SECONDS"),
    /// and is <paramref name="defaultValue"/> when not given.</summary>
    public static Option<T> WithDefault<T>(string name, string helpName, T defaultValue, string description) => new(name)
    {
        Description = description,
        HelpName = helpName,
        DefaultValueFactory = _ => defaultValue,
    };

    /// <summary>--allow-host HOST, repeatable: a host that may be fetched although it resolves to a private or loopback
    /// address (every other such address stays refused).</summary>
    public static Option<string[]> AllowHost(string description, bool severalPerToken) => new("--allow-host")
    {
        Description = description,
        HelpName = "HOST",
        AllowMultipleArgumentsPerToken = severalPerToken,
    };

    /// <summary>--batch N: articles per writer transaction of the living engine.</summary>
    public static Option<int> Batch()
    {
        var option = WithDefault("--batch", "N", 256, "Articles per transaction when updating stories (smaller: fresher stories and events; larger: faster bulk loads).");
        option.Validators.Add(r =>
        {
            if (r.GetValueOrDefault<int>() < 1)
            {
                r.AddError("--batch must be 1 or more.");
            }
        });
        return option;
    }

    public static Argument<string[]> Inputs() => new("inputs")
    {
        Description = "Files, folders (read recursively), RSS/Atom/JSON feeds, .jsonl files, web addresses of pages, feeds or sitemaps, files listing addresses (one per line, or OPML), or - for standard input.",
        Arity = ArgumentArity.OneOrMore,
    };

    /// <summary>
    /// --site-rules FILE: per-site HTML rules added to the built-in ones (a site in the file takes its
    /// rule). The file is read once, while the command line is parsed, so a bad rule is a usage error and
    /// the command gets the loaded rules.
    /// </summary>
    public static Option<SiteRuleSet?> SiteRules() => new("--site-rules")
    {
        Description = "Extra per-site HTML rules (JSON, the format of docs/site-rules.md); they override built-in rules for the same site.",
        HelpName = "FILE",
        CustomParser = r =>
        {
            var path = r.Tokens[^1].Value;
            try
            {
                return SiteRuleSet.BuiltInWith(path);
            }
            catch (Exception ex) when (ex is FormatException or IOException or UnauthorizedAccessException)
            {
                r.AddError($"--site-rules {path}: {ex.Message}");
                return null;
            }
        },
    };

    public static string UserDb => StorePaths.UserDefault();
}
