using System.CommandLine;
using Triangulate.Cli.Configuration;

namespace Triangulate.Cli.Commands;

/// <summary><c>triangulate config show</c>: the effective configuration and the layer each value came from.</summary>
public static class ConfigCommand
{
    public static Command Create()
    {
        var show = new Command("show", $"""
            Prints every setting with its effective value and where it came from: default, {CliSettings.FileName}
            (or --config FILE), environment (TRIANGULATE__Section__Key, e.g. TRIANGULATE__Limits__MaxFileBytes), or flag.
            Later layers win: default < file < environment < flag.

            Examples:
              triangulate config show
              TRIANGULATE__Server__LogFormat=Json triangulate config show --config deploy/triangulate.json

            {ExitCodes.Help(usage: "usage error, or the configuration is invalid (TRI6001) or unreadable (TRI6002)")}
            """);
        // The limit flags, so the flag layer can be seen too ("config show --max-text-chars 1000").
        new LimitOptions().AddTo(show);
        show.SetAction(parse =>
        {
            var settings = CliSettings.For(parse);
            var rows = settings.Effective();
            var width = rows.Max(r => r.Key.Length);
            foreach (var (key, value, source) in rows)
            {
                Console.WriteLine($"{key.PadRight(width)}  {value}  ({source})");
            }

            return ExitCodes.Ok;
        });
        return new Command("config", "Shows the effective configuration (triangulate.json, TRIANGULATE__ variables, flags).") { show };
    }
}
