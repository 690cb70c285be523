using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Logging;
using Triangulate.Core.Model;
using Triangulate.Core.Revisions;
using Triangulate.Core.Storage;
using Triangulate.Engine;

namespace Triangulate.Watch.Revisions;

/// <summary>
/// Keeps every version of a watched article. A fetched article whose headline and text hash like the newest
/// revision's stores nothing; otherwise it is stored as an article of its own and appended as the next revision
/// with its sentence diff, and observers hear of it. The steps are ordered and each is idempotent (article by
/// content id, revision by number), so a process killed between them redoes the rest on the next fetch and
/// never stores a version twice.
/// </summary>
public sealed partial class RevisionRecorder(IArticleStore articles, IRevisionStore revisions, ArticleAnnotator annotator, IReadOnlyList<IRevisionObserver> observers, ILogger logger)
{
    public async Task<RevisionOutcome> RecordAsync(string canonicalUrl, Article article, DateTimeOffset seenAt, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(article);
        var hash = ContentHash(article);
        var latest = await revisions.LatestRevisionAsync(canonicalUrl, ct).ConfigureAwait(false);
        if (latest is not null && latest.ContentHash == hash)
        {
            return RevisionOutcome.Unchanged;
        }

        var number = (latest?.Number ?? 0) + 1;
        if (latest is not null && latest.ArticleId == article.Id)
        {
            // Only the headline changed, and ids hash the text: give this revision an id of its own.
            article = Rekey(article, canonicalUrl + "#r" + number.ToString(System.Globalization.CultureInfo.InvariantCulture), ct);
        }

        await articles.AddAsync([article], ct).ConfigureAwait(false);
        var previous = latest is null ? null : await articles.GetAsync(latest.ArticleId, ct).ConfigureAwait(false);
        var revision = new ArticleRevision(canonicalUrl, number, article.Id, hash, seenAt) { Title = article.Metadata.Title };
        List<FigureRevision> figures = [];
        if (previous is not null)
        {
            annotator.Annotate(previous, ct);
            var (changes, found) = RevisionClassifier.Classify(previous, article, SentenceDiff.Compare(previous, article));
            revision = revision with { Changes = changes };
            figures = found;
        }

        await revisions.AddRevisionAsync(revision, ct).ConfigureAwait(false);
        if (previous is null)
        {
            return RevisionOutcome.New;
        }

        await NotifyAsync(new ArticleRevised(revision, previous, article, seenAt, figures), ct).ConfigureAwait(false);
        return RevisionOutcome.Revised;
    }

    /// <summary>SHA-256 of headline and text, 16 bytes in hex.</summary>
    public static string ContentHash(Article article)
    {
        ArgumentNullException.ThrowIfNull(article);
        var bytes = SHA256.HashData(Encoding.UTF8.GetBytes(string.Concat(article.Metadata.Title ?? "", "\u001f", article.Text)));
        return Convert.ToHexStringLower(bytes.AsSpan(0, 16));
    }

    private Article Rekey(Article article, string locator, CancellationToken ct)
    {
        var copy = new Article(ArticleId.Compute(article.Metadata.Outlet, locator, article.Text), article.Source, article.Metadata, article.Text, article.Removed);
        annotator.Annotate(copy, ct);
        return copy;
    }

    private async Task NotifyAsync(ArticleRevised revised, CancellationToken ct)
    {
        foreach (var observer in observers)
        {
            try
            {
                await observer.OnRevisedAsync(revised, ct).ConfigureAwait(false);
            }
            catch (Exception ex) when (ex is not OperationCanceledException || !ct.IsCancellationRequested)
            {
                WatchLog.ObserverFailed(logger, ex, revised.Revision.CanonicalUrl);
            }
        }
    }

}
