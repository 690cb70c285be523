namespace Triangulate.Stories.Claims;

/// <summary>
/// Groups the claims of a story's articles that state the same proposition: each claim (in publication
/// order) joins the group holding its most similar statement from another article, when that similarity
/// reaches the threshold; otherwise it starts a group. Attributed statements and the outlet's own voice are
/// aligned separately, so a quoted allegation never corroborates a plain statement of fact.
/// </summary>
public sealed class ClaimAligner(double threshold = ClaimSimilarity.DefaultThreshold)
{
    /// <summary>Candidates share at least this many stems before they are scored (a cheap filter).</summary>
    private const int MinimumSharedStems = 3;

    /// <summary>Only the latest claims holding a stem are looked at: a frequent stem ("the", "said") would
    /// otherwise make the candidate search quadratic in a large story.</summary>
    private const int MaximumPosting = 48;

    public double Threshold { get; } = threshold;

    public List<ClaimGroup> Align(IReadOnlyList<ClaimCandidate> claims)
    {
        ArgumentNullException.ThrowIfNull(claims);
        var groups = new List<ClaimGroup>();
        var groupOf = new Dictionary<ClaimCandidate, ClaimGroup>(ReferenceEqualityComparer.Instance);
        var posting = new Dictionary<string, List<ClaimCandidate>>(StringComparer.Ordinal);
        var shared = new Dictionary<ClaimCandidate, int>(ReferenceEqualityComparer.Instance);
        foreach (var claim in claims)
        {
            shared.Clear();
            foreach (var stem in claim.StemSet)
            {
                if (stem.Length < 3 || !posting.TryGetValue(stem, out var list))
                {
                    continue;
                }

                for (var i = list.Count - 1; i >= Math.Max(0, list.Count - MaximumPosting); i--)
                {
                    shared[list[i]] = shared.GetValueOrDefault(list[i]) + 1;
                }
            }

            var best = Best(claim, shared, groupOf);
            if (best is null)
            {
                best = new ClaimGroup();
                groups.Add(best);
            }
            else
            {
                best.HasNumericDisagreement |= Disagrees(claim, best);
            }

            best.Members.Add(claim);
            groupOf[claim] = best;
            foreach (var stem in claim.StemSet)
            {
                if (stem.Length >= 3)
                {
                    if (!posting.TryGetValue(stem, out var list))
                    {
                        list = [];
                        posting[stem] = list;
                    }

                    list.Add(claim);
                }
            }
        }

        return groups;
    }

    private ClaimGroup? Best(ClaimCandidate claim, Dictionary<ClaimCandidate, int> shared, Dictionary<ClaimCandidate, ClaimGroup> groupOf)
    {
        ClaimGroup? best = null;
        var bestScore = Threshold;
        foreach (var (other, count) in shared)
        {
            if (count < MinimumSharedStems || other.IsAttributed != claim.IsAttributed || ReferenceEquals(other.Article, claim.Article))
            {
                continue;
            }

            var group = groupOf[other];
            if (group.Members.Exists(m => ReferenceEquals(m.Article, claim.Article)))
            {
                continue;
            }

            var score = ClaimSimilarity.Score(claim, other);
            if (score >= bestScore)
            {
                bestScore = score;
                best = group;
            }
        }

        return best;
    }

    /// <summary>Same unit, different value: "seven US citizens" against "six US citizens" in one proposition.</summary>
    private static bool Disagrees(ClaimCandidate claim, ClaimGroup group)
    {
        foreach (var q in claim.Quantities)
        {
            foreach (var member in group.Members)
            {
                foreach (var other in member.Quantities)
                {
                    if (q.Value != other.Value && q.Unit is not null && string.Equals(q.Unit, other.Unit, StringComparison.OrdinalIgnoreCase)
                        && q.Qualifier != "vague" && other.Qualifier != "vague")
                    {
                        return true;
                    }
                }
            }
        }

        return false;
    }
}
