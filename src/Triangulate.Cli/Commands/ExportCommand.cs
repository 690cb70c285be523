using System.CommandLine;
using Triangulate.Cli.Composition;
using Triangulate.Cli.Terminal;
using Triangulate.Core.Dossier;
using Triangulate.Engine;
using Triangulate.Reports.Building;
using Triangulate.Reports.Json;

namespace Triangulate.Cli.Commands;

/// <summary><c>triangulate export</c>: every stored article as dossier JSON or JSON Lines.</summary>
public static class ExportCommand
{
    private const int PageSize = 500;

    public static Command Create()
    {
        var db = CommonOptions.ReadOnlyDb(CommonOptions.UserDb);
        var format = new Option<string>("--format", "-f") { Description = "json (one array) or jsonl (one article per line).", DefaultValueFactory = _ => "jsonl" };
        format.AcceptOnlyFromAmong("json", "jsonl");
        var output = new Option<string?>("--out", "-o") { Description = "File to write. Default: standard output.", HelpName = "FILE" };
        var command = new Command("export", $"""
            Export every stored article in the dossier's article format.

            Examples:
              triangulate export --format jsonl --db out/demo/triangulate.db > articles.jsonl
              triangulate export --format json --out articles.json

            {ExitCodes.Help(usage: "usage error, or --out cannot be written", storage: ExitCodes.ReadOnlyStorageMeaning)}
            """)
        {
            db, format, output,
        };
        command.SetAction(async (parse, ct) =>
        {
            await using var store = await StoreOpener.TryOpenExistingAsync(parse.GetValue(db) ?? CommonOptions.UserDb, ct).ConfigureAwait(false);
            if (store is null)
            {
                return ExitCodes.Storage;
            }

            var path = parse.GetValue(output);
            Stream target;
            try
            {
                target = path is null or "-" ? Console.OpenStandardOutput() : File.Create(path);
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                DiagnosticPrinter.Fatal(OutputFolder.Code, $"cannot write '{path}': {ex.Message}");
                return ExitCodes.Usage;
            }

            await using (target)
            {
                var lines = parse.GetValue(format) == "jsonl";
                var all = new List<DossierArticle>();
                for (var offset = 0; ; offset += PageSize)
                {
                    var page = await store.ListAsync(offset, PageSize, ct).ConfigureAwait(false);
                    foreach (var row in page)
                    {
                        var article = await store.GetAsync(row.Id, ct).ConfigureAwait(false);
                        if (article is null)
                        {
                            continue;
                        }

                        var dossierArticle = DossierBuilder.ToDossier(article);
                        if (lines)
                        {
                            DossierJsonWriter.WriteArticleLine(dossierArticle, target);
                        }
                        else
                        {
                            all.Add(dossierArticle);
                        }
                    }

                    if (page.Count < PageSize)
                    {
                        break;
                    }
                }

                if (!lines)
                {
                    DossierJsonWriter.WriteArticles(all, target);
                }
            }

            return ExitCodes.Ok;
        });
        return command;
    }
}
