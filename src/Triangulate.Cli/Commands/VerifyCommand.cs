using System.CommandLine;
using System.Text.Json;
using System.Text.Json.Nodes;
using Triangulate.Cli.Composition;
using Triangulate.Cli.Terminal;
using Triangulate.Engine.Living;

namespace Triangulate.Cli.Commands;

/// <summary><c>triangulate verify</c>: the store's invariants, and sections equal to a rebuild from stored annotations.</summary>
public static class VerifyCommand
{
    public static Command Create()
    {
        var db = CommonOptions.ReadOnlyDb(CommonOptions.UserDb);
        var sample = new Option<int>("--sample") { Description = "Stories whose sections are rebuilt and compared (spread over the store; 0: all).", HelpName = "N", DefaultValueFactory = _ => 200 };
        var json = new Option<bool>("--json") { Description = "Print the report as JSON." };
        var quiet = CommonOptions.Quiet();
        var command = new Command("verify", $"""
            Check a store: every annotated article is in exactly one lineage and one story, no story is empty, each
            story's article count matches its members, every alias resolves, and the stored sections of a sample of
            stories equal a rebuild from the stored annotations. Stories whose sections wait for a recompute (an
            interrupted ingest) and sections or annotations of another pipeline version are reported as pending
            work, not failures: 'triangulate ingest' finishes the first, 'triangulate reprocess' the others.

            Examples:
              triangulate verify --db out/demo/triangulate.db
              triangulate verify --sample 0 --json

            {ExitCodes.Help(ok: "every check passed", inputsFailed: "a check failed", storage: ExitCodes.ReadOnlyStorageMeaning)}
            """)
        {
            db, sample, json, quiet,
        };
        command.SetAction(async (parse, ct) =>
        {
            return await StoreOpener.RunAsync(parse.GetValue(db) ?? CommonOptions.UserDb, existingOnly: true, async store =>
            {
                var engine = LivingEngines.Create(store);
                var report = await ProgressDisplay.RunAsync("Verifying", 0, parse.GetValue(quiet) || parse.GetValue(json),
                    sink => engine.VerifyAsync(Math.Max(0, parse.GetValue(sample)), sink, ct)).ConfigureAwait(false);
                if (parse.GetValue(json))
                {
                    Console.WriteLine(ToJson(report).ToJsonString(new JsonSerializerOptions { WriteIndented = true }));
                }
                else
                {
                    Print(report);
                }

                return report.Passed ? ExitCodes.Ok : ExitCodes.SomeInputsFailed;
            }, ct).ConfigureAwait(false);
        });
        return command;
    }

    private static JsonObject ToJson(VerifyReport r) => new()
    {
        ["passed"] = r.Passed,
        ["articles"] = r.Health.Articles,
        ["annotated"] = r.Health.Annotated,
        ["stories"] = r.Health.Stories,
        ["aliases"] = r.Health.Aliases,
        ["events"] = r.Health.Events,
        ["violations"] = new JsonObject
        {
            ["annotatedWithoutLineage"] = r.Health.AnnotatedWithoutLineage,
            ["annotatedWithoutStory"] = r.Health.AnnotatedWithoutStory,
            ["membersOfMissingStories"] = r.Health.MembersOfMissingStories,
            ["membersWithoutArticle"] = r.Health.MembersWithoutArticle,
            ["emptyStories"] = r.Health.EmptyStories,
            ["countMismatches"] = r.Health.CountMismatches,
            ["danglingAliases"] = r.Health.DanglingAliases,
            ["sectionMismatches"] = new JsonArray([.. r.SectionMismatches.Select(id => (JsonNode)id!)]),
        },
        ["sectionsChecked"] = r.SectionsChecked,
        ["pending"] = new JsonObject
        {
            ["storiesAwaitingRecompute"] = r.Health.DirtyStories,
            ["articlesNotProcessed"] = r.Health.Unprocessed,
            ["staleSections"] = r.StaleSections,
            ["staleAnnotations"] = r.StaleAnnotations,
        },
        ["annotationVersion"] = r.AnnotationVersion,
        ["sectionVersion"] = r.SectionVersion,
    };

    private static void Print(VerifyReport r)
    {
        var h = r.Health;
        Console.WriteLine($"{h.Articles:N0} articles ({h.Annotated:N0} annotated), {h.Stories:N0} stories, {h.Aliases:N0} aliases, {h.Events:N0} events");
        Check("every annotated article in a lineage", h.AnnotatedWithoutLineage);
        Check("every annotated article in a story", h.AnnotatedWithoutStory);
        Check("every member's story exists", h.MembersOfMissingStories);
        Check("every member's article exists", h.MembersWithoutArticle);
        Check("no empty story", h.EmptyStories);
        Check("story article counts match members", h.CountMismatches);
        Check("every alias resolves", h.DanglingAliases);
        Check($"sections equal a rebuild ({r.SectionsChecked:N0} stories rebuilt)", r.SectionMismatches.Count, string.Join(", ", r.SectionMismatches.Take(10)));
        if (h.DirtyStories > 0 || h.Unprocessed > 0 || r.StaleSections > 0 || r.StaleAnnotations)
        {
            Console.WriteLine($"pending: {h.DirtyStories:N0} stories await a section recompute, {h.Unprocessed:N0} articles are not processed, {r.StaleSections:N0} stories have sections of another version{(r.StaleAnnotations ? ", some annotations are of another pipeline version" : "")}");
        }

        Console.WriteLine(r.Passed ? "verify: passed" : "verify: FAILED");
    }

    private static void Check(string what, long violations, string? detail = null) =>
        Console.WriteLine($"{(violations == 0 ? "ok  " : "FAIL")} {what}{(violations == 0 ? "" : $": {violations:N0}{(string.IsNullOrEmpty(detail) ? "" : " (" + detail + ")")}")}");
}
