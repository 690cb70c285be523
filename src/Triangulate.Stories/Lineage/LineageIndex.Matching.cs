using Triangulate.Core.Text;

namespace Triangulate.Stories.Lineage;

// Candidate search and matching: which earlier articles are worth aligning with a new one (content hash,
// MinHash bands, passage and figure keys) and which of them the article may join.
public sealed partial class LineageIndex
{
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
        var figures = article.HasStrongCredit() ? _figures : _creditedFigures;
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
                yield return Mix64.SplitMix((sequence[i - 1] * 0x9E3779B97F4A7C15UL) ^ sequence[i] ^ 0xF16E5UL);
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

            yield return Mix64.SplitMix(h);
        }
    }
}
