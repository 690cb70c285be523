using System.CommandLine;
using Triangulate.Cli.Commands;

namespace Triangulate.Cli;

/// <summary>Entry point of the <c>triangulate</c> command.</summary>
public static class Program
{
    public static async Task<int> Main(string[] args)
    {
        var parse = BuildRoot().Parse(args);
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
        };
        return root;
    }
}
