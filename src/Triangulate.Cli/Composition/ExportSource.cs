using System.Text.Json;
using Triangulate.Cli.Terminal;
using Triangulate.Core.Diagnostics;
using Triangulate.Core.Dossier;
using Triangulate.Core.Pipeline;
using Triangulate.Core.Storage;
using Triangulate.Engine;
using Triangulate.Reports.Building;
using Triangulate.Reports.Json;

namespace Triangulate.Cli.Composition;

/// <summary>
/// Where <c>export</c> gets stories from: a dossier written by <c>analyze</c>, or the store, whose newest
/// articles go through the corpus stages as the server's story view does (the store keeps articles only).
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

    /// <summary>A dossier with stories built from the newest <paramref name="max"/> stored articles.</summary>
    public static async Task<DossierDocument> BuildFromStoreAsync(IArticleStore store, int max, CancellationToken ct)
    {
        var pipeline = PipelineFactory.CreateFull();
        var articles = StoredCorpus.InPublicationOrder(await StoredCorpus.LoadNewestAsync(store, max, null, ct).ConfigureAwait(false));
        var annotator = new ArticleAnnotator(pipeline);
        Parallel.ForEach(articles, new ParallelOptions { CancellationToken = ct }, a => annotator.Annotate(a, ct));
        var context = new CorpusContext(articles);
        new PipelineRunner(pipeline).RunCorpus(context, ct);
        return new DossierBuilder().Build(articles, [], context);
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
