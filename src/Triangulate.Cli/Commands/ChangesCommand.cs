using System.CommandLine;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using Spectre.Console;
using Triangulate.Cli.Composition;
using Triangulate.Core.Living;

namespace Triangulate.Cli.Commands;

/// <summary><c>triangulate changes</c>: story events (born, grew, figure updated, new conflict, new quote, merged, split, went quiet).</summary>
public static class ChangesCommand
{
    // Printed for people and scripts, never embedded in HTML: "4 → 6" and accented names stay readable instead of
    // \uXXXX escapes.
    private static readonly JsonSerializerOptions ReadableJson = new() { WriteIndented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static Command Create()
    {
        var db = CommonOptions.ReadOnlyDb(CommonOptions.UserDb);
        var since = new Option<DateTimeOffset?>("--since") { Description = "Only events at or after this time (ISO 8601).", HelpName = "TIME" };
        var story = new Option<string?>("--story") { Description = "Only events of this story.", HelpName = "ID" };
        var json = new Option<bool>("--json") { Description = "Print JSON, with each event's evidence." };
        var limit = new Option<int>("--limit", "-n") { Description = "How many events to show (oldest first).", DefaultValueFactory = _ => 1000 };
        var command = new Command("changes", $"""
            List what changed in the stored stories, oldest first: born, grew (+N articles, +M independent sources),
            figure updated (old → new), new conflict, new quote or quote variant, merged, split, went quiet. Each
            event has its time and, with --json, its evidence.

            Examples:
              triangulate changes --db out/demo/triangulate.db
              triangulate changes --since 2025-10-20T00:00:00Z
              triangulate changes --story s-2a70246b3f9ab7a4 --json

            {ExitCodes.Help(storage: ExitCodes.ReadOnlyStorageMeaning)}
            """)
        {
            db, since, story, limit, json,
        };
        command.SetAction(async (parse, ct) =>
        {
            return await StoreOpener.RunAsync(parse.GetValue(db) ?? CommonOptions.UserDb, existingOnly: true, async store =>
            {
                var stories = LivingEngines.Stories(store);
                var storyId = parse.GetValue(story);
                if (storyId is not null && await stories.GetStoryAsync(storyId, ct).ConfigureAwait(false) is { } resolved)
                {
                    storyId = resolved.Id;
                }

                var events = await stories.ListEventsAsync(new StoryEventQuery { Since = parse.GetValue(since), StoryId = storyId, Limit = Math.Clamp(parse.GetValue(limit), 1, 1_000_000) }, ct).ConfigureAwait(false);
                if (parse.GetValue(json))
                {
                    Console.WriteLine(new JsonArray([.. events.Select(ToJson)]).ToJsonString(ReadableJson));
                }
                else if (Console.IsOutputRedirected)
                {
                    foreach (var e in events)
                    {
                        Console.WriteLine($"{e.At:yyyy-MM-ddTHH:mm:ssZ}\t{e.StoryId}\t{e.Kind}\t{e.Summary}");
                    }
                }
                else
                {
                    var table = new Table().AddColumns("When", "Story", "Change");
                    foreach (var e in events)
                    {
                        table.AddRow(e.At.ToString("yyyy-MM-dd HH:mm"), Markup.Escape(e.StoryId), Markup.Escape(e.Summary));
                    }

                    AnsiConsole.Write(table);
                    Console.WriteLine($"{events.Count} change{(events.Count == 1 ? "" : "s")}.");
                }

                return ExitCodes.Ok;
            }, ct).ConfigureAwait(false);
        });
        return command;
    }

    public static JsonNode ToJson(StoryEventRecord e) => new JsonObject
    {
        ["seq"] = e.Seq,
        ["storyId"] = e.StoryId,
        ["kind"] = e.Kind,
        ["at"] = e.At,
        ["summary"] = e.Summary,
        ["evidence"] = e.DataJson is null ? null : JsonNode.Parse(e.DataJson),
    };
}
