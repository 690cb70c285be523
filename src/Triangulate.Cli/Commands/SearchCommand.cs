using System.CommandLine;
using Triangulate.Cli.Composition;
using Triangulate.Engine;

namespace Triangulate.Cli.Commands;

/// <summary><c>triangulate search</c>: full-text search over stored titles and texts.</summary>
public static class SearchCommand
{
    public static Command Create()
    {
        var query = new Argument<string>("query") { Description = "Words to find; quotes and operators are treated as plain words." };
        var db = CommonOptions.ReadOnlyDb(CommonOptions.UserDb);
        var limit = new Option<int>("--limit", "-n") { Description = "How many hits to show.", DefaultValueFactory = _ => 20 };
        var command = new Command("search", $"""
            Full-text search over stored titles and texts, best matches first.

            Examples:
              triangulate search "harbour bridge" --db out/demo/triangulate.db

            {ExitCodes.Help(storage: ExitCodes.ReadOnlyStorageMeaning)}
            """)
        {
            query, db, limit,
        };
        command.SetAction(async (parse, ct) =>
        {
            return await StoreOpener.RunAsync(parse.GetValue(db) ?? CommonOptions.UserDb, existingOnly: true, async store =>
            {
                var hits = await store.SearchAsync(parse.GetValue(query)!, Math.Clamp(parse.GetValue(limit), 1, 1000), ct).ConfigureAwait(false);
                foreach (var hit in hits)
                {
                    Console.WriteLine($"{hit.Id}\t{hit.Outlet ?? "-"}\t{hit.Title ?? "-"}");
                    Console.WriteLine($"    {hit.Snippet}");
                }

                Console.WriteLine($"{hits.Count} hit{(hits.Count == 1 ? "" : "s")}.");
                return ExitCodes.Ok;
            }, ct).ConfigureAwait(false);
        });
        return command;
    }
}
