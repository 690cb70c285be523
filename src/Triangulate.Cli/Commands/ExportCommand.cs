using System.CommandLine;
using System.Runtime.CompilerServices;
using System.Text;
using Triangulate.Cli.Composition;
using Triangulate.Cli.Terminal;
using Triangulate.Core.Diagnostics;
using Triangulate.Core.Dossier;
using Triangulate.Core.Storage;
using Triangulate.Reports.Building;
using Triangulate.Reports.Export;
using Triangulate.Reports.Json;

namespace Triangulate.Cli.Commands;

/// <summary>
/// <c>triangulate export</c>: articles, stories, claims, conflicts, figures, quotes or the timeline as CSV,
/// JSON Lines or JSON, or a citation-linked Markdown brief (docs/export.md).
/// </summary>
public static class ExportCommand
{
    private const int PageSize = 500;

    public static Command Create()
    {
        var db = CommonOptions.ReadOnlyDb(CommonOptions.UserDb);
        var format = new Option<string>("--format", "-f") { Description = "jsonl (one row per line), csv (RFC 4180), md (Markdown brief with citations) or json (articles only, one array).", DefaultValueFactory = _ => "jsonl" };
        format.AcceptOnlyFromAmong("json", "jsonl", "csv", "md");
        var table = new Option<string>("--table", "-t") { Description = "What to export: " + string.Join(", ", ExportTables.Names) + ", or all (one file each in --out FOLDER). Markdown always writes the whole brief.", DefaultValueFactory = _ => "articles" };
        table.AcceptOnlyFromAmong([.. ExportTables.Names, "all"]);
        var dossier = new Option<string?>("--dossier") { Description = "Export from this dossier.json (written by analyze) instead of the store.", HelpName = "FILE" };
        var story = new Option<string?>("--story") { Description = "Only this story (its id, e.g. from --table stories) and its articles.", HelpName = "ID" };
        var max = new Option<int>("--max-articles") { Description = "Stories from the store: the most recently updated ones, until they hold this many articles (at least one story).", DefaultValueFactory = _ => 5_000, HelpName = "N" };
        var perArticle = new Option<string?>("--per-article") { Description = "Write one file per article into this folder: <id>.json (json, jsonl) or <id>.md (md).", HelpName = "DIR" };
        var output = new Option<string?>("--out", "-o") { Description = "File to write (a folder with --table all). Default: standard output.", HelpName = "PATH" };
        var command = new Command("export", $"""
            Export the store's (or a dossier's) articles, stories, claims, conflicts, figures, quotes and timeline.

            Examples:
              triangulate export --format jsonl --db out/demo/triangulate.db > articles.jsonl
              triangulate export --dossier out/demo/dossier.json --table claims --format csv --out claims.csv
              triangulate export --dossier out/demo/dossier.json --table all --format csv --out tables/
              triangulate export --dossier out/demo/dossier.json --format md --story s1 > brief.md
              triangulate export --db out/demo/triangulate.db --per-article articles/ --format md

            {ExitCodes.Help(usage: "usage error, or --out cannot be written", storage: ExitCodes.ReadOnlyStorageMeaning)}
            """)
        {
            db, format, table, dossier, story, max, output, perArticle,
        };
        command.SetAction(async (parse, ct) => await RunAsync(new Request(
            parse.GetValue(db) ?? CommonOptions.UserDb, parse.GetValue(format)!, parse.GetValue(table)!, parse.GetValue(dossier),
            parse.GetValue(story), parse.GetValue(max), parse.GetValue(output), parse.GetValue(perArticle)), ct).ConfigureAwait(false));
        return command;
    }

    private sealed record Request(string Db, string Format, string Table, string? Dossier, string? Story, int MaxArticles, string? Out, string? PerArticle);

    private static async Task<int> RunAsync(Request request, CancellationToken ct)
    {
        if (Refusal(request) is { } refusal)
        {
            DiagnosticPrinter.Fatal(ErrorCodes.ExportSourceUnusable, refusal);
            return ExitCodes.Usage;
        }

        var needsStories = request.Story is not null || (request.PerArticle is null && (request.Table != "articles" || request.Format == "md"));
        DossierDocument? dossier;
        if (request.Dossier is { } path)
        {
            dossier = await ExportSource.ReadDossierAsync(path, ct).ConfigureAwait(false);
        }
        else
        {
            await using var store = await StoreOpener.TryOpenExistingAsync(request.Db, ct).ConfigureAwait(false);
            if (store is null)
            {
                return ExitCodes.Storage;
            }

            if (!needsStories && request.PerArticle is { } folder)
            {
                return await WritePerArticleAsync(StoredArticlesAsync(store, ct), folder, request.Format == "md").ConfigureAwait(false);
            }

            if (!needsStories && request.Format == "jsonl")
            {
                return await StreamArticleLinesAsync(store, request.Out, ct).ConfigureAwait(false);
            }

            dossier = needsStories
                ? await ExportSource.BuildFromStoreAsync(store, request.MaxArticles, ct).ConfigureAwait(false)
                : new DossierDocument { GeneratedAt = DateTimeOffset.UtcNow, Articles = await AllArticlesAsync(store, ct).ConfigureAwait(false) };
        }

        if (dossier is null)
        {
            return ExitCodes.Usage;
        }

        if (request.Story is { } storyId)
        {
            if (ExportSource.OneStory(dossier, storyId) is not { } one)
            {
                DiagnosticPrinter.Fatal(ErrorCodes.ExportSourceUnusable, $"no story '{storyId}'; list the ids with --table stories.");
                return ExitCodes.Usage;
            }

            dossier = one;
        }

        return request.PerArticle is { } dir
            ? await WritePerArticleAsync(dossier.Articles.ToAsyncEnumerable(), dir, request.Format == "md").ConfigureAwait(false)
            : Write(request, dossier);
    }

    private static string? Refusal(Request request) => request switch
    {
        { Format: "json", Table: not "articles" } => "--format json writes articles only; use jsonl or csv for other tables.",
        { Table: "all", Format: not "md", Out: null or "-" } => "--table all writes one file per table: give --out FOLDER.",
        { PerArticle: not null, Format: "csv" } => "--per-article writes json or md files, not csv.",
        { PerArticle: not null, Table: not "articles" } => "--per-article writes articles only.",
        { MaxArticles: < 1 } => "--max-articles must be at least 1.",
        _ => null,
    };

    private static int Write(Request request, DossierDocument dossier)
    {
        try
        {
            if (request.Table == "all" && request.Format != "md")
            {
                Directory.CreateDirectory(request.Out!);
                foreach (var name in ExportTables.Names)
                {
                    using var file = File.Create(Path.Combine(request.Out!, $"{name}.{request.Format}"));
                    WriteOne(request.Format, name, dossier, file);
                }

                return ExitCodes.Ok;
            }

            using var target = request.Out is null or "-" ? Console.OpenStandardOutput() : File.Create(request.Out);
            WriteOne(request.Format, request.Table, dossier, target);
            return ExitCodes.Ok;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            DiagnosticPrinter.Fatal(OutputFolder.Code, $"cannot write '{request.Out}': {ex.Message}");
            return ExitCodes.Usage;
        }
    }

    private static void WriteOne(string format, string table, DossierDocument dossier, Stream target)
    {
        switch (format)
        {
            case "md":
                using (var writer = new StreamWriter(target, new UTF8Encoding(false), 1 << 16, leaveOpen: true))
                {
                    MarkdownBrief.Write(dossier, dossier.Stories ?? [], writer);
                }

                break;
            case "json":
                DossierJsonWriter.WriteArticles(dossier.Articles, target);
                break;
            case "jsonl" when table == "articles":
                // Articles keep the dossier's own article format, so an export re-ingests as is.
                foreach (var article in dossier.Articles)
                {
                    DossierJsonWriter.WriteArticleLine(article, target);
                }

                break;
            case "jsonl":
                TableWriter.WriteJsonLines(ExportTables.Build(table, dossier), target);
                break;
            default:
                TableWriter.WriteCsv(ExportTables.Build(table, dossier), target);
                break;
        }
    }

    private static async Task<int> WritePerArticleAsync(IAsyncEnumerable<DossierArticle> articles, string folder, bool markdown)
    {
        if (OutputFolder.CheckWritable(folder) is { } problem)
        {
            DiagnosticPrinter.Fatal(OutputFolder.Code, problem);
            return ExitCodes.Usage;
        }

        try
        {
            await foreach (var article in articles.ConfigureAwait(false))
            {
                ArticleFiles.Write(article, folder, markdown);
            }
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            DiagnosticPrinter.Fatal(OutputFolder.Code, $"cannot write into '{folder}': {ex.Message}");
            return ExitCodes.Usage;
        }

        return ExitCodes.Ok;
    }

    /// <summary>Stored articles as JSON Lines, one page at a time, so a large store is never held in memory.</summary>
    private static async Task<int> StreamArticleLinesAsync(IArticleStore store, string? path, CancellationToken ct)
    {
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
            await foreach (var article in StoredArticlesAsync(store, ct).ConfigureAwait(false))
            {
                DossierJsonWriter.WriteArticleLine(article, target);
            }
        }

        return ExitCodes.Ok;
    }

    private static async Task<List<DossierArticle>> AllArticlesAsync(IArticleStore store, CancellationToken ct)
    {
        var all = new List<DossierArticle>();
        await foreach (var article in StoredArticlesAsync(store, ct).ConfigureAwait(false))
        {
            all.Add(article);
        }

        return all;
    }

    private static async IAsyncEnumerable<DossierArticle> StoredArticlesAsync(IArticleStore store, [EnumeratorCancellation] CancellationToken ct)
    {
        for (var offset = 0; ; offset += PageSize)
        {
            var page = await store.ListAsync(offset, PageSize, ct).ConfigureAwait(false);
            foreach (var row in page)
            {
                if (await store.GetAsync(row.Id, ct).ConfigureAwait(false) is { } article)
                {
                    yield return DossierBuilder.ToDossier(article);
                }
            }

            if (page.Count < PageSize)
            {
                break;
            }
        }
    }
}
