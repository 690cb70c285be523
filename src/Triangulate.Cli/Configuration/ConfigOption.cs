using System.CommandLine;

namespace Triangulate.Cli.Configuration;

/// <summary><c>--config FILE</c>, on the root command and so on every subcommand: the configuration file to read
/// instead of triangulate.json in the working folder.</summary>
public static class ConfigOption
{
    public const string Name = "--config";

    public static Option<string?> Create() => new(Name)
    {
        Description = "Configuration file (JSON) read instead of ./triangulate.json; TRIANGULATE__Section__Key variables and flags override it. See 'triangulate config show'.",
        HelpName = "FILE",
        Recursive = true,
    };
}
