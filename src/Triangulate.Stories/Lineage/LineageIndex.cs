namespace Triangulate.Stories.Lineage;

/// <summary>
/// Incremental lineage index. Articles are added in publication order; each is matched against earlier
/// ones found by content hash, LSH over MinHash bands (near-duplicates) and sampled passage fingerprints
/// (partial copies), aligned, judged by <see cref="LineageRules"/>, and joins the best-matching lineage or
/// starts its own. Rebuildable: <see cref="Restore"/> re-adds stored articles with their known lineage,
/// so new articles can join lineages already in a store. Not thread-safe; callers serialise adds.
/// </summary>
public sealed class LineageIndex
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

    /// <summary>Earlier articles worth aligning with <paramref name="article"/>, most supported first.</summary>
    public IReadOnlyList<int> Candidates(ArticleFingerprint article)
    {
        ArgumentNullException.ThrowIfNull(article);
        var votes = new Dictionary<int, int>();
        if (_exact.TryGetValue(article.ContentHash, out var same))
        {
            votes[same] = 1000;
        }

        foreach (var key in BandKeys(article.MinHash))
        {
            Vote(votes, _bands, key, 4);
        }

        foreach (var fingerprint in article.Passages)
        {
            Vote(votes, _passages, fingerprint, 1);
        }

        // A rewrite pair needs a strong credit on at least one side: an article without one looks only among those with one.
        var figures = HasStrongCredit(article) ? _figures : _creditedFigures;
        foreach (var key in FigureKeys(article))
        {
            Vote(votes, figures, key, 1);
        }

        // One shared passage fingerprint alone is too weak (a common phrase): two, or an LSH band, or the hash.
        var ranked = new List<KeyValuePair<int, int>>(votes.Count);
        foreach (var vote in votes)
        {
            if (vote.Value >= _options.MinCandidateVotes)
            {
                ranked.Add(vote);
            }
        }

        ranked.Sort((x, y) => y.Value != x.Value ? y.Value.CompareTo(x.Value) : x.Key.CompareTo(y.Key));
        var result = new List<int>(Math.Min(ranked.Count, _options.MaxCandidates));
        for (var i = 0; i < ranked.Count && i < _options.MaxCandidates; i++)
        {
            result.Add(ranked[i].Key);
        }

        return result;
    }

    // The best-scoring matching candidate whose lineage the article is compatible with: a lineage must not
    // grow by a chain of template fillings (A~B, B~C, but A and C differ in their figures).
    private (int Position, PairVerdict Verdict, AlignmentResult Alignment)? FindBest(ArticleFingerprint article)
    {
        var matches = new List<(int Position, PairVerdict Verdict, AlignmentResult Alignment)>();
        foreach (var position in Candidates(article))
        {
            var other = _articles[position];
            if (other is null)
            {
                continue;
            }

            // No run of shared wording: only a rewrite (paraphrase, translation) of a credited report can join.
            if (!_aligner.MayShareRun(article, other))
            {
                var rewrite = _rules.Rewrite(article, other);
                if (rewrite.Same)
                {
                    matches.Add((position, rewrite, NoAlignment(article, other)));
                }

                continue;
            }

            var alignment = _aligner.Align(article, other);
            AlignedPairs++;
            var verdict = _rules.Decide(article, other, alignment);
            if (verdict.Same)
            {
                matches.Add((position, verdict, alignment));
            }
        }

        matches.Sort((x, y) => y.Verdict.Score.CompareTo(x.Verdict.Score));
        foreach (var match in matches)
        {
            if (CompatibleWithLineage(article, match.Position))
            {
                return match;
            }
        }

        return null;
    }

    private bool CompatibleWithLineage(ArticleFingerprint article, int matched)
    {
        var members = _members[_lineageOf[matched]];
        var checkedCount = 0;
        for (var i = 0; i < members.Count && checkedCount < MembersChecked; i++)
        {
            var position = members[i];
            if (position == matched)
            {
                continue;
            }

            var other = _articles[position];
            if (other is null)
            {
                continue;
            }

            checkedCount++;
            if (_rules.Incompatible(article, other, _aligner.Align(article, other)) is not null)
            {
                return false;
            }
        }

        return true;
    }

    // A key shared by more articles than the cap is either boilerplate (its articles span lineages: it stops
    // voting) or a much-copied story (one lineage: its first articles, the origin among them, keep the vote).
    private void Vote(Dictionary<int, int> votes, PostingTable postings, ulong key, int weight)
    {
        var count = postings.Count(key);
        if (count == 0)
        {
            return;
        }

        Span<int> positions = stackalloc int[_options.MaxPostingLength + 1];
        var n = postings.Positions(key, positions);
        if (count > _options.MaxPostingLength && !SingleLineage(positions[..n]))
        {
            return;
        }

        for (var i = 0; i < Math.Min(n, _options.MaxPostingLength); i++)
        {
            votes[positions[i]] = votes.GetValueOrDefault(positions[i]) + weight;
        }
    }

    private bool SingleLineage(ReadOnlySpan<int> positions)
    {
        var lineage = _lineageOf[positions[0]];
        for (var i = 1; i < positions.Length; i++)
        {
            if (!string.Equals(_lineageOf[positions[i]], lineage, StringComparison.Ordinal))
            {
                return false;
            }
        }

        return true;
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

        var credited = HasStrongCredit(article);
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

    private static bool HasStrongCredit(ArticleFingerprint article)
    {
        foreach (var c in article.Credits)
        {
            if (c.Strength == CreditStrength.Strong)
            {
                return true;
            }
        }

        return false;
    }

    private static AlignmentResult NoAlignment(ArticleFingerprint a, ArticleFingerprint b) =>
        new(a.Tokens.Count, b.Tokens.Count, 0, 0, 0, 0, 0, []);

    // Consecutive figure pairs in text order: a rewrite keeps most of them, so two shared pairs make it a candidate
    // (the vote threshold) even with no wording in common. Only articles that credit an outlet, or name their own,
    // can be rewrites of a credited report, so others add no keys.
    private static IEnumerable<ulong> FigureKeys(ArticleFingerprint article)
    {
        if (article.Credits.Count == 0 && article.OutletKey is null)
        {
            yield break;
        }

        var sequence = article.Figures.Sequence;
        for (var i = 1; i < sequence.Length; i++)
        {
            if (sequence[i] != sequence[i - 1])
            {
                yield return Shingles.Mix((sequence[i - 1] * 0x9E3779B97F4A7C15UL) ^ sequence[i] ^ 0xF16E5UL);
            }
        }
    }

    private IEnumerable<ulong> BandKeys(uint[] signature)
    {
        var rows = signature.Length / _options.LshBands;
        for (var band = 0; band < _options.LshBands; band++)
        {
            var h = (ulong)band * 0x9E3779B97F4A7C15UL;
            for (var r = 0; r < rows; r++)
            {
                h = (h ^ signature[(band * rows) + r]) * 0x100000001B3UL;
            }

            yield return Shingles.Mix(h);
        }
    }
}
