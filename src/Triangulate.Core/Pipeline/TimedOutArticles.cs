using System.Collections.Concurrent;
using System.Text.RegularExpressions;
using Triangulate.Core.Diagnostics;
using Triangulate.Core.Model;

namespace Triangulate.Core.Pipeline;

/// <summary>
/// The articles on which a corpus stage's regex-backed detector ran out of time. A pathological text must not
/// stop the batch: its detection counts as empty and the run says so, one TRI warning per article. Safe to
/// use from parallel workers.
/// </summary>
public sealed class TimedOutArticles
{
    private readonly ConcurrentQueue<Article> _articles = new();

    /// <summary>What <paramref name="detect"/> finds in <paramref name="article"/>, or <paramref name="empty"/> when
    /// one of its regexes times out (the article is then kept for <see cref="Report"/>).</summary>
    public T Detect<T>(Article article, Func<Article, T> detect, T empty)
    {
        ArgumentNullException.ThrowIfNull(detect);
        try
        {
            return detect(article);
        }
        catch (RegexMatchTimeoutException)
        {
            _articles.Enqueue(article);
            return empty;
        }
    }

    /// <summary>Adds a <see cref="ErrorCodes.StageTimedOut"/> warning per timed-out article: "<paramref name="stage"/>:
    /// <paramref name="what"/> ran out of time on article …; <paramref name="consequence"/>."</summary>
    public void Report(CorpusContext context, string stage, string what, string consequence)
    {
        ArgumentNullException.ThrowIfNull(context);
        foreach (var article in _articles)
        {
            context.Diagnostics.Add(Diagnostic.Warning(article.Source.Input, ErrorCodes.StageTimedOut,
                $"{stage}: {what} ran out of time on article {article.Id}; {consequence}."));
        }
    }
}
