using System.CommandLine;
using Triangulate.Cli.Composition;
using Triangulate.Cli.Terminal;
using Triangulate.Core.Diagnostics;
using Triangulate.Engine;
using Triangulate.Reports.Building;
using Triangulate.Reports.Json;

namespace Triangulate.Cli.Commands;

/// <summary><c>triangulate show</c>: one stored article with its metadata and removed boilerplate.</summary>
public static class ShowCommand
{
    public static Command Create()
    {
        var id = new Argument<string>("id") { Description = "Article id (as printed by list), e.g. a-3f9c…" };
        var db = CommonOptions.ReadOnlyDb(CommonOptions.UserDb);
        var json = new Option<bool>("--json") { Description = "Print the article as dossier JSON." };
        var revisions = new Option<bool>("--revisions") { Description = "Print every revision the watcher kept of this article, with the sentences each one changed." };
        var command = new Command("show", $"""
            Show one stored article: metadata, cleaned text and the boilerplate removed from it.

            Examples:
              triangulate show a-3f9c0d1e2b4a5c6d7e8f --db out/demo/triangulate.db
              triangulate show a-3f9c0d1e2b4a5c6d7e8f --json
              triangulate show a-3f9c0d1e2b4a5c6d7e8f --revisions --db news.db

            {ExitCodes.Help(usage: "usage error, or no stored article has that id", storage: ExitCodes.ReadOnlyStorageMeaning)}
            """)
        {
            id, db, json, revisions,
        };
        command.SetAction(async (parse, ct) =>
        {
            return await StoreOpener.RunAsync(parse.GetValue(db) ?? CommonOptions.UserDb, existingOnly: true, async store =>
            {
                var articleId = parse.GetValue(id)!;
                var article = await store.GetAsync(articleId, ct).ConfigureAwait(false);
                if (article is null)
                {
                    DiagnosticPrinter.Fatal(ErrorCodes.InputNotFound, $"no article '{articleId}' in {store.Description} (see 'triangulate list').");
                    return ExitCodes.Usage;
                }

                if (parse.GetValue(revisions))
                {
                    return await PrintRevisionsAsync(parse.GetValue(db) ?? CommonOptions.UserDb, articleId, ct).ConfigureAwait(false);
                }

                if (parse.GetValue(json))
                {
                    using var stdout = Console.OpenStandardOutput();
                    DossierJsonWriter.WriteArticle(DossierBuilder.ToDossier(article), stdout);
                    Console.WriteLine();
                    return ExitCodes.Ok;
                }

                var m = article.Metadata;
                Console.WriteLine($"Id:        {article.Id}");
                Console.WriteLine($"Input:     {article.Source.Input}");
                Console.WriteLine($"Outlet:    {m.Outlet ?? "-"}");
                Console.WriteLine($"Title:     {m.Title ?? "-"}{(m.TitleDerived ? " (derived)" : "")}");
                Console.WriteLine($"Byline:    {m.Byline ?? "-"}");
                Console.WriteLine($"Published: {m.Published?.ToString("yyyy-MM-dd HH:mm zzz") ?? "unknown"}");
                Console.WriteLine($"URL:       {article.Source.Url ?? "-"}");
                if (m.CreditedSources.Count > 0)
                {
                    Console.WriteLine($"Credits:   {string.Join(", ", m.CreditedSources)}");
                }

                Console.WriteLine();
                Console.WriteLine(article.Text);
                if (article.Removed.Count > 0)
                {
                    Console.WriteLine();
                    Console.WriteLine("Removed:");
                    foreach (var r in article.Removed)
                    {
                        Console.WriteLine($"  [{r.Kind}] {r.Text}");
                    }
                }

                return ExitCodes.Ok;
            }, ct).ConfigureAwait(false);
        });
        return command;
    }

    private static async Task<int> PrintRevisionsAsync(string location, string articleId, CancellationToken ct)
    {
        await using var state = await Storage.WatchStores.OpenAsync(location, ct).ConfigureAwait(false);
        var list = await state.RevisionsOfArticleAsync(articleId, ct).ConfigureAwait(false);
        if (list.Count == 0)
        {
            Console.WriteLine($"{articleId} has no recorded revisions (only articles followed by 'triangulate watch' have them).");
            return ExitCodes.Ok;
        }

        RevisionPrinter.Print(list);
        return ExitCodes.Ok;
    }
}
