using System.Globalization;
using Triangulate.Core.Dossier;
using Triangulate.Core.Model;
using Triangulate.Stories.Claims;
using Triangulate.Stories.Framing;

namespace Triangulate.Stories.Summary;

/// <summary>Chooses and words the summary sentences (see <see cref="SummaryStage"/>).</summary>
public sealed class SummaryComposer
{
    public const int MaximumSentences = 7;
    public const int MinimumSentences = 3;

    /// <summary>Citations per sentence: enough to check, few enough to read.</summary>
    private const int MaximumCitations = 3;

    /// <summary>Two chosen statements this similar would say the same thing twice.</summary>
    private const double Redundant = 0.3;

    public List<DossierSummarySentence> Compose(IReadOnlyList<ClaimGroup> groups, IReadOnlyList<DossierConflict> conflicts, IReadOnlyList<Article> articles)
    {
        ArgumentNullException.ThrowIfNull(groups);
        ArgumentNullException.ThrowIfNull(conflicts);
        ArgumentNullException.ThrowIfNull(articles);
        var ranked = groups
            .Where(g => !g.HasNumericDisagreement)
            .OrderByDescending(g => g.IndependentSources)
            .ThenBy(g => g.IsAttributed() ? 1 : 0)
            .ThenBy(g => Position(g))
            .ThenByDescending(g => g.Members.Count)
            .ToList();
        var corroborated = ranked.Count(g => g.IndependentSources >= 2);

        // Thin support, short summary: one sentence per corroborated statement plus the conflicts, at least
        // three sentences overall when there is anything to say, never more than seven.
        var budget = Math.Clamp(corroborated + 2, MinimumSentences, MaximumSentences);
        var result = new List<DossierSummarySentence>();
        var chosen = new List<ClaimCandidate>();
        foreach (var group in ranked)
        {
            if (result.Count >= budget - Math.Min(2, NumericConflicts(conflicts).Count()))
            {
                break;
            }

            if (chosen.Exists(c => ClaimSimilarity.Score(c, group.First) >= Redundant))
            {
                continue;
            }

            chosen.Add(group.First);
            result.Add(Sentence(group));
        }

        // Disagreements come right after the lead statement: a reader should meet them before the details.
        var at = Math.Min(1, result.Count);
        foreach (var conflict in NumericConflicts(conflicts).Take(2))
        {
            result.Insert(at++, Disagreement(conflict, articles));
        }

        return result;
    }

    /// <summary>How far into its articles a statement sits, 0 (lead) to 1 (end), averaged over its members:
    /// among equally supported statements, news writing puts the essential ones first.</summary>
    private static double Position(ClaimGroup group)
    {
        var total = 0.0;
        foreach (var member in group.Members)
        {
            total += (double)member.Span.Start / Math.Max(1, member.Article.Text.Length);
        }

        return total / group.Members.Count;
    }

    private static IEnumerable<DossierConflict> NumericConflicts(IReadOnlyList<DossierConflict> conflicts) =>
        conflicts.Where(c => c.Kind == "numeric" && c.Sides.Count >= 2)
            .OrderBy(c => c.Assessment == "contradiction" ? 0 : 1)
            .ThenByDescending(c => c.Sides.Sum(s => s.ArticleIds.Count));

    private static DossierSummarySentence Sentence(ClaimGroup group)
    {
        var evidence = group.Members
            .GroupBy(m => m.Source, StringComparer.Ordinal) // one citation per independent source
            .Select(g => g.First())
            .Take(MaximumCitations)
            .Select(m => new Evidence(m.Article.Id, m.Span.Start, m.Span.Length, m.Text))
            .ToList();
        if (group.IndependentSources >= 2)
        {
            return new DossierSummarySentence(group.First.Text, evidence);
        }

        // One lineage only: say who says so instead of asserting it.
        return new DossierSummarySentence("According to " + FramingStage.OutletOf(group.First.Article) + " alone: " + group.First.Text, evidence);
    }

    private static DossierSummarySentence Disagreement(DossierConflict conflict, IReadOnlyList<Article> articles)
    {
        var outlets = articles.ToDictionary(a => a.Id, FramingStage.OutletOf, StringComparer.Ordinal);
        // A track: name its first disagreement, else its first and last figures.
        var disagreement = conflict.Sides.FindIndex(s => s.Step == "contradiction");
        var a = disagreement > 0 ? conflict.Sides[disagreement - 1] : conflict.Sides[0];
        var b = disagreement > 0 ? conflict.Sides[disagreement] : conflict.Sides[^1];
        var (first, second) = (InSentence(conflict, a.Value), InSentence(conflict, b.Value));
        var text = disagreement <= 0
            ? string.Create(CultureInfo.InvariantCulture, $"The figure for {conflict.About} was later revised from {first} ({Outlets(a, outlets)}) to {second} ({Outlets(b, outlets)}).")
            : string.Create(CultureInfo.InvariantCulture, $"Reports differ on {conflict.About}: {first} ({Outlets(a, outlets)}) against {second} ({Outlets(b, outlets)}).");
        return new DossierSummarySentence(text, [.. a.Evidence.Take(2), .. b.Evidence.Take(2)]);
    }

    /// <summary>
    /// A figure as it reads inside our sentence: a value quoted from the start of its source sentence ("Fourteen
    /// people", "Two people") loses the capital it had there. Only figures: a place or an actor keeps its name's
    /// capital, and a word in capitals throughout ("UN") is left alone.
    /// </summary>
    private static string InSentence(DossierConflict conflict, string value)
    {
        if (conflict.Kind != "numeric" || value.Length < 2 || !char.IsUpper(value[0]) || !char.IsLower(value[1]))
        {
            return value;
        }

        return string.Concat(char.ToLowerInvariant(value[0]).ToString(), value.AsSpan(1));
    }

    private static string Outlets(DossierConflictSide side, Dictionary<string, string> outlets) =>
        string.Join(", ", side.ArticleIds.Select(id => outlets.GetValueOrDefault(id) ?? id).Distinct(StringComparer.Ordinal).Take(3));
}
