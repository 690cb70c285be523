using System.CommandLine;
using Spectre.Console;
using Triangulate.Cli.Composition;
using Triangulate.Engine;

namespace Triangulate.Cli.Commands;

/// <summary><c>triangulate list</c>: stored articles, newest first.</summary>
public static class ListCommand
{
    public static Command Create()
    {
        var db = CommonOptions.ReadOnlyDb(CommonOptions.UserDb);
        var limit = new Option<int>("--limit", "-n") { Description = "How many articles to show.", DefaultValueFactory = _ => 50 };
        var offset = new Option<int>("--offset") { Description = "How many to skip first (for paging).", DefaultValueFactory = _ => 0 };
        var command = new Command("list", $"""
            List stored articles, newest first (unknown dates last).

            Examples:
              triangulate list --db out/demo/triangulate.db
              triangulate list -n 20 --offset 20

            {ExitCodes.Help(storage: ExitCodes.ReadOnlyStorageMeaning)}
            """)
        {
            db, limit, offset,
        };
        command.SetAction(async (parse, ct) =>
        {
            return await StoreOpener.RunAsync(parse.GetValue(db) ?? CommonOptions.UserDb, existingOnly: true, async store =>
            {
                var rows = await store.ListAsync(Math.Max(0, parse.GetValue(offset)), Math.Clamp(parse.GetValue(limit), 1, 10_000), ct).ConfigureAwait(false);
                var total = await store.CountAsync(ct).ConfigureAwait(false);
                if (Console.IsOutputRedirected)
                {
                    foreach (var r in rows)
                    {
                        Console.WriteLine($"{r.Id}\t{r.Published?.ToString("yyyy-MM-dd") ?? "-"}\t{r.Outlet ?? "-"}\t{r.Title ?? "-"}");
                    }
                }
                else
                {
                    var table = new Table().AddColumns("Id", "Published", "Outlet", "Title", "Chars");
                    foreach (var r in rows)
                    {
                        table.AddRow(Markup.Escape(r.Id), r.Published?.ToString("yyyy-MM-dd") ?? "-", Markup.Escape(r.Outlet ?? "-"), Markup.Escape(r.Title ?? "-"), r.Length.ToString("N0"));
                    }

                    AnsiConsole.Write(table);
                    Console.WriteLine($"{rows.Count} of {total} stored articles.");
                }

                return ExitCodes.Ok;
            }, ct).ConfigureAwait(false);
        });
        return command;
    }
}
