using System.Text.Json;
using Triangulate.Cli.Terminal;
using Triangulate.Core.Diagnostics;
using Triangulate.Core.Dossier;
using Triangulate.Core.Living;
using Triangulate.Core.Storage;
using Triangulate.Engine.Living;
using Triangulate.Reports.Building;
using Triangulate.Reports.Json;

namespace Triangulate.Cli.Composition;

/// <summary>
/// Where <c>export</c> gets stories from: a dossier written by <c>analyze</c>, or the living store's stories.
/// </summary>
public static class ExportSource
{
    /// <summary>The dossier in <paramref name="path"/>, or null after printing TRI5002.</summary>
    public static async Task<DossierDocument?> ReadDossierAsync(string path, CancellationToken ct)
    {
        try
        {
            await using var stream = File.OpenRead(path);
            var dossier = await DossierJsonWriter.ReadAsync(stream, ct).ConfigureAwait(false);
            if (dossier.Format != DossierDocument.FormatName)
            {
                throw new JsonException($"format '{dossier.Format}', expected '{DossierDocument.FormatName}'");
            }

            return dossier;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or JsonException or NotSupportedException)
        {
            DiagnosticPrinter.Fatal(ErrorCodes.ExportSourceUnusable, $"cannot read the dossier '{path}': {ex.Message}");
            return null;
        }
    }

    /// <summary>
    /// A dossier of the stories the living store keeps, most recently updated first, until they hold
    /// <paramref name="max"/> articles (at least one story): nothing is recomputed, the sections are the stored ones.
    /// </summary>
    public static async Task<DossierDocument> BuildFromStoreAsync(IArticleStore store, int max, CancellationToken ct)
    {
        var stories = LivingEngines.Stories(store);
        var page = await stories.ListStoriesAsync(new StoryListQuery { Limit = int.MaxValue, Sort = "updated" }, ct).ConfigureAwait(false);
        var ids = new List<string>();
        var articles = 0;
        foreach (var story in page.Items)
        {
            if (ids.Count > 0 && articles + story.Articles > max)
            {
                break;
            }

            ids.Add(story.Id);
            articles += story.Articles;
        }

        return await new StoryExporter(store, stories, TimeProvider.System).ExportAsync(ids, [], ct).ConfigureAwait(false);
    }

    /// <summary>The dossier cut down to one story and its articles, or null when no story has that id.</summary>
    public static DossierDocument? OneStory(DossierDocument dossier, string storyId)
    {
        if (dossier.Stories?.FirstOrDefault(s => s.Id == storyId) is not { } story)
        {
            return null;
        }

        var ids = story.ArticleIds.ToHashSet(StringComparer.Ordinal);
        return new DossierDocument
        {
            GeneratedAt = dossier.GeneratedAt,
            Articles = dossier.Articles.Where(a => ids.Contains(a.Id)).ToList(),
            Stories = [story],
            Diagnostics = dossier.Diagnostics,
        };
    }
}
