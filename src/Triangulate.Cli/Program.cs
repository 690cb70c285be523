using System.CommandLine;
using System.Globalization;
using Triangulate.Cli.Commands;
using Triangulate.Cli.Configuration;
using Triangulate.Cli.Terminal;

namespace Triangulate.Cli;

/// <summary>Entry point of the <c>triangulate</c> command.</summary>
public static class Program
{
    public static async Task<int> Main(string[] args)
    {
        // ICU is on (for Unicode normalisation), so cultures are real: pin the invariant one so reports, dossiers
        // and figures read the same on every machine, whatever its locale.
        CultureInfo.DefaultThreadCurrentCulture = CultureInfo.InvariantCulture;
        CultureInfo.CurrentCulture = CultureInfo.InvariantCulture;
        var parse = BuildRoot().Parse(args);
        var unknown = UnknownOptions.Find(parse);
        if (unknown.Count > 0)
        {
            foreach (var message in unknown)
            {
                await Console.Error.WriteLineAsync($"usage: {message}").ConfigureAwait(false);
            }

            var command = parse.CommandResult.Command is RootCommand ? "" : parse.CommandResult.Command.Name + " ";
            await Console.Error.WriteLineAsync($"Run 'triangulate {command}--help' for its options.").ConfigureAwait(false);
            return ExitCodes.Usage;
        }

        if (parse.Errors.Count > 0)
        {
            // System.CommandLine would exit 1, which our contract reserves for "some inputs failed".
            foreach (var error in parse.Errors)
            {
                await Console.Error.WriteLineAsync($"usage: {error.Message}").ConfigureAwait(false);
            }

            await Console.Error.WriteLineAsync("Run 'triangulate --help' or 'triangulate <command> --help' for usage and examples.").ConfigureAwait(false);
            return ExitCodes.Usage;
        }

        // The configuration is bound and validated before any command runs (help needs none of it).
        if (parse.Action is not System.CommandLine.Help.HelpAction)
        {
            try
            {
                CliSettings.For(parse);
            }
            catch (ConfigurationProblem ex)
            {
                DiagnosticPrinter.Fatal(ex.Code, ex.Message);
                return ExitCodes.Usage;
            }
        }

        return await parse.InvokeAsync().ConfigureAwait(false);
    }

    /// <summary>The command tree; public so tests can run commands in-process.</summary>
    public static RootCommand BuildRoot()
    {
        var root = new RootCommand("""
            Triangulate follows a developing news story across outlets: what is confirmed, by how many
            independent sources, what conflicts, who said what, and when — every statement linked to the
            characters it came from.

            Start with:  triangulate analyze samples/demo --out out/demo
            """)
        {
            AnalyzeCommand.Create(),
            IngestCommand.Create(),
            StoriesCommand.Create(),
            StoryCommand.Create(),
            ChangesCommand.Create(),
            VerifyCommand.Create(),
            ReprocessCommand.Create(),
            ListCommand.Create(),
            ShowCommand.Create(),
            SearchCommand.Create(),
            ExportCommand.Create(),
            BenchCommand.Create(),
            TrainCommand.Create(),
            ServeCommand.Create(),
            WatchCommand.Create(),
            ConfigCommand.Create(),
            ClusterCommand.Create(),
        };
        root.Options.Add(ConfigOption.Create());
        return root;
    }
}
