namespace Triangulate.Watch;

/// <summary>What one poll cycle did. Counters are updated from several host workers at once.</summary>
public sealed class WatchCycleReport
{
    private readonly List<string> _errors = [];
    private int _sourcesPolled, _sourcesNotModified, _sourceErrors, _pagesFetched, _pagesNotModified, _newArticles, _revisions, _unchanged, _deferred, _gone, _aliases;

    public int SourcesPolled => _sourcesPolled;
    public int SourcesNotModified => _sourcesNotModified;
    public int SourceErrors => _sourceErrors;
    public int PagesFetched => _pagesFetched;
    public int PagesNotModified => _pagesNotModified;
    public int NewArticles => _newArticles;
    public int Revisions => _revisions;
    public int Unchanged => _unchanged;
    public int Deferred => _deferred;
    public int Gone => _gone;

    /// <summary>Pages found to be another address of an article already followed (stored once).</summary>
    public int Aliases => _aliases;

    /// <summary>The first problems met (at most 100), "url: message".</summary>
    public IReadOnlyList<string> Errors
    {
        get
        {
            lock (_errors)
            {
                return [.. _errors];
            }
        }
    }

    internal void SourcePolled(bool notModified)
    {
        Interlocked.Increment(ref _sourcesPolled);
        if (notModified)
        {
            Interlocked.Increment(ref _sourcesNotModified);
        }
    }

    internal void SourceFailed(string url, string message)
    {
        Interlocked.Increment(ref _sourcesPolled);
        Interlocked.Increment(ref _sourceErrors);
        Error(url, message);
    }

    internal void PageFetched(bool notModified) => Interlocked.Increment(ref notModified ? ref _pagesNotModified : ref _pagesFetched);

    internal void NewArticle() => Interlocked.Increment(ref _newArticles);

    internal void Revised() => Interlocked.Increment(ref _revisions);

    internal void Same() => Interlocked.Increment(ref _unchanged);

    internal void Defer() => Interlocked.Increment(ref _deferred);

    internal void PageGone() => Interlocked.Increment(ref _gone);

    internal void Alias() => Interlocked.Increment(ref _aliases);

    internal void Error(string url, string message)
    {
        lock (_errors)
        {
            if (_errors.Count < 100)
            {
                _errors.Add($"{url}: {message}");
            }
        }
    }

    public override string ToString() =>
        $"{SourcesPolled} sources polled ({SourcesNotModified} not modified, {SourceErrors} failed); {PagesFetched} pages fetched ({PagesNotModified} not modified); "
        + $"{NewArticles} new, {Revisions} revised, {Unchanged} unchanged, {Aliases} other addresses of known articles, {Gone} gone, {Deferred} deferred";
}
