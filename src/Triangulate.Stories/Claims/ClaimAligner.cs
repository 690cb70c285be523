using System.Text.RegularExpressions;

namespace Triangulate.Stories.Claims;

/// <summary>
/// Groups the claims of a story's articles that state the same proposition: each claim (in publication
/// order) joins the group holding its most similar statement from another article, when that similarity
/// reaches the threshold; otherwise it starts a group. Attributed statements and the outlet's own voice are
/// aligned separately, so a quoted allegation never corroborates a plain statement of fact.
/// </summary>
public sealed class ClaimAligner(double threshold = ClaimAligner.DefaultThreshold)
{
    /// <summary>
    /// Chosen on the BASIL dev stories (docs/claims.md) with the proposition checks on: the highest dev recall at a
    /// dev precision of at least 0.95 (F1 within 0.002 of the best). Higher than
    /// <see cref="ClaimSimilarity.DefaultThreshold"/>, the raw similarity's paraphrase operating point.
    /// </summary>
    public const double DefaultThreshold = 0.39;

    /// <summary>Candidates share at least this many stems before they are scored (a cheap filter).</summary>
    private const int MinimumSharedStems = 3;

    /// <summary>Only the latest claims holding a stem are looked at: a frequent stem ("the", "said") would
    /// otherwise make the candidate search quadratic in a large story.</summary>
    private const int MaximumPosting = 48;

    public double Threshold { get; } = threshold;

    public List<ClaimGroup> Align(IReadOnlyList<ClaimCandidate> claims)
    {
        ArgumentNullException.ThrowIfNull(claims);

        // Claims are known by their index here, and their stems, bigrams and names by ids interned for this call.
        var intern = new Dictionary<string, int>(StringComparer.Ordinal);
        var keys = new ClaimKeys[claims.Count];
        for (var c = 0; c < claims.Count; c++)
        {
            keys[c] = ClaimKeys.Of(claims[c], intern, MinimumPostingLength);
        }

        var groups = new List<ClaimGroup>();
        var groupOf = new ClaimGroup[claims.Count];
        var posting = new Dictionary<int, List<int>>();
        var shared = new Dictionary<int, int>();
        for (var c = 0; c < claims.Count; c++)
        {
            var claim = claims[c];
            shared.Clear();
            foreach (var stem in keys[c].PostingStems)
            {
                if (!posting.TryGetValue(stem, out var list))
                {
                    continue;
                }

                for (var i = list.Count - 1; i >= Math.Max(0, list.Count - MaximumPosting); i--)
                {
                    shared[list[i]] = shared.GetValueOrDefault(list[i]) + 1;
                }
            }

            var best = Best(c, claims, keys, shared, groupOf);
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
            groupOf[c] = best;
            foreach (var stem in keys[c].PostingStems)
            {
                if (!posting.TryGetValue(stem, out var list))
                {
                    list = [];
                    posting[stem] = list;
                }

                list.Add(c);
            }
        }

        return groups;
    }

    /// <summary>Stems shorter than this index no candidates ("a", "of").</summary>
    private const int MinimumPostingLength = 3;

    /// <summary>The group of the most similar earlier claim reaching the threshold. Candidates are met in the order they
    /// first shared a stem with this claim (<paramref name="shared"/> keeps insertion order), and a later one wins a tie.</summary>
    private ClaimGroup? Best(int index, IReadOnlyList<ClaimCandidate> claims, ClaimKeys[] keys, Dictionary<int, int> shared, ClaimGroup[] groupOf)
    {
        var claim = claims[index];
        ClaimGroup? best = null;
        var bestScore = Threshold;
        foreach (var (o, count) in shared)
        {
            var other = claims[o];
            if (count < MinimumSharedStems || ReferenceEquals(other.Article, claim.Article))
            {
                continue;
            }

            var group = groupOf[o];
            // A group may hold two sentences of one article (a quote and its paraphrase in the lead): keeping one per
            // article left the second unaligned with the outlet that says the same (BASIL dev: +1 pair, no error).
            // The same named speaker on both sides is evidence the two sentences report one utterance.
            var similarity = ClaimSimilarity.Score(keys[index], keys[o]);
            var score = similarity + (SameSpeaker(claim, other) ? SpeakerBonus : 0);
            if (score >= bestScore && SameVoice(claim, other, similarity) && Proposition.Compatible(claim, other, similarity))
            {
                bestScore = score;
                best = group;
            }
        }

        return best;
    }

    /// <summary>Similarity at which a quotation and the same words without its attribution are one statement
    /// (BASIL dev: 0.6 aligned two more pairs than 0.85, with no error; 0.5 added one error).</summary>
    public const double QuotationCrossVoice = 0.6;

    /// <summary>
    /// Attributed statements and the outlet's own voice align only with their kind ("X said the talks failed" never
    /// corroborates "the talks failed"), except the same quotation, word for word, whose attribution one outlet
    /// lost (a letter quoted as a block, a quote running over several sentences).
    /// </summary>
    private static bool SameVoice(ClaimCandidate a, ClaimCandidate b, double score) =>
        a.IsAttributed == b.IsAttributed || (score >= QuotationCrossVoice && (a.HasQuotation || b.HasQuotation))
        || ((SpeakerNamedBy(a, b) || SpeakerNamedBy(b, a)) && Negation.IsMatch(a.Text) == Negation.IsMatch(b.Text));

    /// <summary>A negation or denial: a speaker who says they did not do something is no witness that they did ("Weiner said
    /// he did not send the photo" / "the photo was sent from Weiner's account").</summary>
    private static readonly Regex Negation = new(
        @"\b(not|never|no|nobody|nothing|none|neither|nor|den(y|ies|ied|ying))\b|n['\u2019]t\b",
        RegexOptions.CultureInvariant | RegexOptions.IgnoreCase | RegexOptions.Compiled);

    /// <summary>
    /// An attributed statement and an own-voice one that names its speaker report the speaker's own act ("Arpaio
    /// announced he will endorse Perry" / "Arpaio endorsed Perry"), which the speaker is the witness of. "Officials said
    /// the talks failed" still never corroborates "the talks failed": an unnamed or unmentioned speaker does not count.
    /// </summary>
    private static bool SpeakerNamedBy(ClaimCandidate attributed, ClaimCandidate own) =>
        attributed.IsAttributed && !own.IsAttributed && attributed.Speaker != "unnamed source" && attributed.SpeakerKey is { } key && own.Names.Contains(key);

    /// <summary>Added to the similarity of two statements by the same named speaker. BASIL dev, with the threshold:
    /// 0.02 at 0.39 gives the best dev F1 among settings whose dev precision is at least 0.95 (0, 0.02 and 0.03
    /// tried at 0.36–0.42; docs/claims.md).</summary>
    public const double SpeakerBonus = 0.02;

    private static bool SameSpeaker(ClaimCandidate a, ClaimCandidate b) =>
        a.Speaker is { } x && b.Speaker is { } y && x != "unnamed source" && y != "unnamed source"
        && string.Equals(a.SpeakerKey, b.SpeakerKey, StringComparison.Ordinal);

    /// <summary>
    /// Same unit and counted thing, different values: "seven US citizens" against "six US citizens" in one proposition.
    /// A member that also gives the claim's value agrees on it, whatever else it counts: two outlets that both write "21
    /// percent … 17 percent" of one poll do not disagree because each pair of their figures differs.
    /// </summary>
    private static bool Disagrees(ClaimCandidate claim, ClaimGroup group)
    {
        foreach (var member in group.Members)
        {
            foreach (var q in claim.Quantities)
            {
                if (q.Unit is null || q.Qualifier == "vague")
                {
                    continue;
                }

                var differs = false;
                var agrees = false;
                foreach (var other in member.Quantities)
                {
                    if (other.Unit is null || other.Qualifier == "vague" || !string.Equals(q.Unit, other.Unit, StringComparison.OrdinalIgnoreCase)
                        || q.Counted != other.Counted)
                    {
                        continue;
                    }

                    agrees |= q.Value == other.Value;
                    differs |= q.Value != other.Value && !member.Quantities.Any(m => m.Value == q.Value) && !claim.Quantities.Any(c => c.Value == other.Value);
                }

                if (differs && !agrees)
                {
                    return true;
                }
            }
        }

        return false;
    }
}
