using System.CommandLine;
using Triangulate.Cli.Composition;
using Triangulate.Cli.Terminal;
using Triangulate.Engine.Living;
using Triangulate.Reports.Html;
using Triangulate.Reports.Json;
using Triangulate.Reports.Markdown;

namespace Triangulate.Cli.Commands;

/// <summary><c>triangulate story &lt;id&gt;</c>: one stored story as a dossier (JSON), report (HTML) or Markdown.</summary>
public static class StoryCommand
{
    public static Command Create()
    {
        var id = new Argument<string>("id") { Description = "The story id (an id that a merge turned into an alias resolves)." };
        var db = CommonOptions.ReadOnlyDb(CommonOptions.UserDb);
        var output = new Option<string?>("--out", "-o") { Description = "Folder to write dossier.json, report.html or story.md into (created if missing); default: standard output.", HelpName = "DIR" };
        var format = new Option<string>("--format") { Description = "json (the triangulate.dossier/1 of this one story), html (the report) or md.", DefaultValueFactory = _ => "json" };
        format.AcceptOnlyFromAmong("json", "html", "md");
        var command = new Command("story", $"""
            Write one stored story: its dossier (triangulate.dossier/1 holding that story and its articles), its
            HTML report, or Markdown. The sections are those last computed by the store's writer.

            Examples:
              triangulate story s-2a70246b3f9ab7a4 --db out/demo/triangulate.db
              triangulate story s-2a70246b3f9ab7a4 --format html --out out/story
              triangulate story s-2a70246b3f9ab7a4 --format md > story.md

            {ExitCodes.Help(storage: ExitCodes.ReadOnlyStorageMeaning)}
            """)
        {
            id, db, output, format,
        };
        command.SetAction(async (parse, ct) =>
        {
            var outDir = parse.GetValue(output);
            if (outDir is not null && OutputFolder.CheckWritable(outDir) is { } problem)
            {
                DiagnosticPrinter.Fatal(OutputFolder.Code, problem);
                return ExitCodes.Usage;
            }

            return await StoreOpener.RunAsync(parse.GetValue(db) ?? CommonOptions.UserDb, existingOnly: true, async store =>
            {
                try
                {
                    var stories = LivingEngines.Stories(store);
                    var storyId = parse.GetValue(id)!;
                    if (await stories.GetStoryAsync(storyId, ct).ConfigureAwait(false) is null)
                    {
                        Console.Error.WriteLine($"no story '{storyId}' in {store.Description} ('triangulate stories' lists them)");
                        return ExitCodes.Usage;
                    }

                    var dossier = await new StoryExporter(store, stories, TimeProvider.System).ExportAsync([storyId], [], ct).ConfigureAwait(false);
                    var fmt = parse.GetValue(format)!;
                    await using var stream = outDir is null ? Console.OpenStandardOutput() : File.Create(Path.Combine(outDir, fmt switch { "html" => "report.html", "md" => "story.md", _ => "dossier.json" }));
                    switch (fmt)
                    {
                        case "html":
                            new HtmlReportWriter().Write(dossier, stream);
                            break;
                        case "md":
                            await stream.WriteAsync(System.Text.Encoding.UTF8.GetBytes(MarkdownStoryWriter.Render(dossier)), ct).ConfigureAwait(false);
                            break;
                        default:
                            DossierJsonWriter.Write(dossier, stream);
                            break;
                    }

                    if (outDir is not null)
                    {
                        Console.WriteLine($"Wrote {((FileStream)stream).Name}");
                    }

                    return ExitCodes.Ok;
                }
                catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
                {
                    DiagnosticPrinter.Fatal(OutputFolder.Code, $"cannot write the output: {ex.Message}");
                    return ExitCodes.Usage;
                }
            }, ct).ConfigureAwait(false);
        });
        return command;
    }
}
