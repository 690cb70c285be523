using System.CommandLine;
using System.Text.Json;
using System.Text.Json.Nodes;
using Spectre.Console;
using Triangulate.Cli.Composition;
using Triangulate.Core.Living;

namespace Triangulate.Cli.Commands;

/// <summary><c>triangulate stories</c>: the stored stories with their size, sources, dates and last change.</summary>
public static class StoriesCommand
{
    public static Command Create()
    {
        var db = CommonOptions.ReadOnlyDb(CommonOptions.UserDb);
        var since = new Option<DateTimeOffset?>("--since") { Description = "Only stories changed since this date or time (ISO 8601).", HelpName = "DATE" };
        var json = new Option<bool>("--json") { Description = "Print JSON (one object per story) instead of a table." };
        var limit = new Option<int>("--limit", "-n") { Description = "How many stories to show.", DefaultValueFactory = _ => 50 };
        var sort = new Option<string>("--sort") { Description = "size (default), newest, oldest or updated.", DefaultValueFactory = _ => "size" };
        sort.AcceptOnlyFromAmong("size", "newest", "oldest", "updated");
        var command = new Command("stories", $"""
            List stored stories: id, title, first and last dates, articles, independent sources and the last change.

            Examples:
              triangulate stories --db out/demo/triangulate.db
              triangulate stories --since 2025-10-20 --sort updated
              triangulate stories --json -n 500 > stories.json

            {ExitCodes.Help(storage: ExitCodes.ReadOnlyStorageMeaning)}
            """)
        {
            db, since, sort, limit, json,
        };
        command.SetAction(async (parse, ct) =>
        {
            return await StoreOpener.RunAsync(parse.GetValue(db) ?? CommonOptions.UserDb, existingOnly: true, async store =>
            {
                var page = await LivingEngines.Stories(store).ListStoriesAsync(new StoryListQuery
                {
                    UpdatedSince = parse.GetValue(since),
                    Sort = parse.GetValue(sort)!,
                    Limit = Math.Clamp(parse.GetValue(limit), 1, 100_000),
                }, ct).ConfigureAwait(false);
                if (parse.GetValue(json))
                {
                    Console.WriteLine(new JsonArray([.. page.Items.Select(ToJson)]).ToJsonString(new JsonSerializerOptions { WriteIndented = true }));
                }
                else
                {
                    Print(page);
                }

                return ExitCodes.Ok;
            }, ct).ConfigureAwait(false);
        });
        return command;
    }

    public static JsonNode ToJson(StoryRecord s) => new JsonObject
    {
        ["id"] = s.Id,
        ["title"] = s.ShownTitle(),
        ["first"] = s.First,
        ["last"] = s.Last,
        ["articles"] = s.Articles,
        ["independentSources"] = s.Sources,
        ["updated"] = s.Updated,
        ["lastChange"] = s.LastEventKind is null ? null : new JsonObject { ["kind"] = s.LastEventKind, ["summary"] = s.LastEventSummary, ["at"] = s.LastEventAt },
        ["pending"] = s.Pending,
    };

    private static void Print(StoryListPage page)
    {
        if (Console.IsOutputRedirected)
        {
            foreach (var s in page.Items)
            {
                Console.WriteLine($"{s.Id}\t{Day(s.First)}\t{Day(s.Last)}\t{s.Articles}\t{s.Sources?.ToString() ?? "-"}\t{s.ShownTitle() ?? "-"}\t{s.LastEventSummary ?? "-"}");
            }

            return;
        }

        var table = new Table().AddColumns("Id", "Title", "First", "Last", "Articles", "Sources", "Last change");
        foreach (var s in page.Items)
        {
            table.AddRow(Markup.Escape(s.Id), Markup.Escape(s.ShownTitle() ?? "-"), Day(s.First), Day(s.Last), s.Articles.ToString("N0"),
                s.Sources?.ToString("N0") ?? "-", Markup.Escape(s.LastEventSummary ?? "-") + (s.Pending ? " [grey](sections pending)[/]" : ""));
        }

        AnsiConsole.Write(table);
        Console.WriteLine($"{page.Items.Count} of {page.Total} stories.");
    }

    private static string Day(DateTimeOffset? date) => date?.ToString("yyyy-MM-dd") ?? "-";
}
