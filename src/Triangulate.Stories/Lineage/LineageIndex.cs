namespace Triangulate.Stories.Lineage;

/// <summary>
/// Incremental lineage index. Articles are added in publication order; each is matched against earlier
/// ones found by content hash, LSH over MinHash bands (near-duplicates) and sampled passage fingerprints
/// (partial copies), aligned, judged by <see cref="LineageRules"/>, and joins the best-matching lineage or
/// starts its own. Rebuildable: <see cref="Restore"/> re-adds stored articles with their known lineage,
/// so new articles can join lineages already in a store. Not thread-safe; callers serialise adds.
/// </summary>
public sealed partial class LineageIndex
{
    private const int MembersChecked = 3;
    private readonly LineageOptions _options;
    private readonly PassageAligner _aligner;
    private readonly LineageRules _rules;
    // Null once evicted: the article keeps its id, lineage and content hash but no alignment data.
    private readonly List<ArticleFingerprint?> _articles = [];
    private readonly List<string> _ids = [];
    private readonly List<string> _lineageOf = [];
    private readonly Dictionary<string, int> _positionOf = new(StringComparer.Ordinal);
    private readonly Dictionary<ulong, int> _exact = [];
    private readonly PostingTable _bands;
    private readonly PostingTable _passages;
    private readonly PostingTable _figures;
    private readonly PostingTable _creditedFigures;
    private readonly Dictionary<string, List<int>> _members = new(StringComparer.Ordinal);
    private readonly Func<ArticleFingerprint, string>? _newLineageId;
    private int _nextLineage = 1;

    /// <param name="newLineageId">Names a new lineage after the article that starts it (a living store wants ids
    /// fixed at birth); null gives "L1", "L2"… in order of creation.</param>
    public LineageIndex(LineageOptions? options = null, Func<ArticleFingerprint, string>? newLineageId = null)
    {
        _options = options ?? new LineageOptions();
        _newLineageId = newLineageId;
        _bands = new PostingTable(_options.MaxPostingLength);
        _passages = new PostingTable(_options.MaxPostingLength);
        _figures = new PostingTable(_options.MaxPostingLength);
        _creditedFigures = new PostingTable(_options.MaxPostingLength);
        _aligner = new PassageAligner(_options);
        _rules = new LineageRules(_options);
    }

    public int Count => _articles.Count;

    /// <summary>Whether an indexed article (evicted or not) has this content hash.</summary>
    public bool KnowsContent(ulong contentHash) => _exact.ContainsKey(contentHash);

    /// <summary>Articles whose alignment data is still held (not evicted).</summary>
    public int Retained
    {
        get
        {
            var n = 0;
            foreach (var a in _articles)
            {
                n += a is null ? 0 : 1;
            }

            return n;
        }
    }

    /// <summary>
    /// A new index holding only the retained (not evicted) articles, in the order they were added, with their
    /// lineages: after <see cref="Evict"/> the id, lineage and hash lists of evicted articles still grow with the
    /// corpus; a compacted index is bounded by the window. Exact copies of evicted articles must then be found
    /// elsewhere (a store's content-hash index).
    /// </summary>
    public LineageIndex Compact()
    {
        var compact = new LineageIndex(_options, _newLineageId) { _nextLineage = _nextLineage };
        for (var i = 0; i < _articles.Count; i++)
        {
            if (_articles[i] is { } fingerprint)
            {
                compact.Insert(fingerprint, _lineageOf[i]);
            }
        }

        return compact;
    }

    /// <summary>Candidate pairs aligned so far (for throughput reports).</summary>
    public long AlignedPairs { get; private set; }

    public LineageOptions Options => _options;

    /// <summary>Lineage ids in order of creation.</summary>
    public IEnumerable<string> LineageIds => _members.Keys;

    public string LineageOf(string articleId) => _lineageOf[_positionOf[articleId]];

    /// <summary>The retained (not evicted) articles of a lineage, in the order they were added.</summary>
    public IEnumerable<ArticleFingerprint> Members(string lineageId)
    {
        foreach (var position in _members[lineageId])
        {
            if (_articles[position] is { } fingerprint)
            {
                yield return fingerprint;
            }
        }
    }

    /// <summary>The ids of all articles of a lineage, evicted ones included, in the order they were added.</summary>
    public IEnumerable<string> MemberIds(string lineageId)
    {
        foreach (var position in _members[lineageId])
        {
            yield return _ids[position];
        }
    }

    /// <summary>
    /// Drops the alignment data and passage postings of articles published before <paramref name="cutoff"/>:
    /// copies appear within <see cref="LineageOptions.MaxPublicationGap"/>, so older articles can only be
    /// matched again by an exact duplicate, which the content-hash map still finds. This bounds memory by the
    /// window, not by the corpus. Returns how many articles were evicted.
    /// </summary>
    public int Evict(DateTimeOffset cutoff)
    {
        var evicted = 0;
        for (var i = 0; i < _articles.Count; i++)
        {
            if (_articles[i] is { Published: { } published } && published < cutoff)
            {
                _articles[i] = null;
                evicted++;
            }
        }

        if (evicted > 0)
        {
            _bands.Retain(position => _articles[position] is not null);
            _passages.Retain(position => _articles[position] is not null);
            _figures.Retain(position => _articles[position] is not null);
            _creditedFigures.Retain(position => _articles[position] is not null);
        }

        return evicted;
    }

    /// <summary>Adds an article whose lineage is already known (rebuilding from a store). Ids "L&lt;n&gt;" advance the id counter.</summary>
    public void Restore(ArticleFingerprint article, string lineageId)
    {
        ArgumentNullException.ThrowIfNull(article);
        ArgumentException.ThrowIfNullOrEmpty(lineageId);
        if (lineageId.Length > 1 && lineageId[0] == 'L' && int.TryParse(lineageId.AsSpan(1), out var n) && n >= _nextLineage)
        {
            _nextLineage = n + 1;
        }

        Insert(article, lineageId);
    }

    /// <summary>Finds the lineage of a new article and indexes it. Adding an id twice returns its existing lineage.</summary>
    public LineageMatch Add(ArticleFingerprint article)
    {
        ArgumentNullException.ThrowIfNull(article);
        if (_positionOf.TryGetValue(article.Id, out var known))
        {
            return new LineageMatch(article.Id, _lineageOf[known], null, null, null);
        }

        if (_exact.TryGetValue(article.ContentHash, out var same) && _articles[same] is null && article.Tokens.Count > 0)
        {
            Insert(article, _lineageOf[same]);
            return new LineageMatch(article.Id, _lineageOf[same], _ids[same], new PairVerdict(true, 2, "exact"), null);
        }

        var best = FindBest(article);
        var lineage = best is not null ? _lineageOf[best.Value.Position] : _newLineageId?.Invoke(article) ?? "L" + _nextLineage++;
        Insert(article, lineage);
        return best is null
            ? new LineageMatch(article.Id, lineage, null, null, null)
            : new LineageMatch(article.Id, lineage, _ids[best.Value.Position], best.Value.Verdict, best.Value.Alignment);
    }

    private void Insert(ArticleFingerprint article, string lineage)
    {
        var position = _articles.Count;
        _articles.Add(article);
        _ids.Add(article.Id);
        _lineageOf.Add(lineage);
        _positionOf[article.Id] = position;
        _exact.TryAdd(article.ContentHash, position);
        foreach (var key in BandKeys(article.MinHash))
        {
            _bands.Add(key, position);
        }

        foreach (var fingerprint in article.Passages)
        {
            _passages.Add(fingerprint, position);
        }

        var credited = article.HasStrongCredit();
        foreach (var key in FigureKeys(article))
        {
            _figures.Add(key, position);
            if (credited)
            {
                _creditedFigures.Add(key, position);
            }
        }

        if (!_members.TryGetValue(lineage, out var members))
        {
            _members[lineage] = members = [];
        }

        members.Add(position);
    }
}
