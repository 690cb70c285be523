using System.Globalization;
using Triangulate.Core.Annotations;
using Triangulate.Core.Dossier;
using Triangulate.Core.Model;

namespace Triangulate.Stories.Conflicts;

/// <summary>
/// Finds figures for the same counted thing (<see cref="CountedThing"/>) that differ between articles. Values
/// are taken in order of first publication; each value is compared with the one before it: an update when
/// the later report says it revises ("rose to") or every article giving it came out after every article
/// giving the earlier one, a contradiction otherwise (outlets disagreeing at the same time).
/// </summary>
public sealed class NumericConflictFinder
{
    public List<DossierConflict> Find(IReadOnlyList<Article> articles, IReadOnlyDictionary<string, string> lineageOf)
    {
        ArgumentNullException.ThrowIfNull(articles);
        ArgumentNullException.ThrowIfNull(lineageOf);
        var byThing = new Dictionary<string, List<Statement>>(StringComparer.Ordinal);
        foreach (var article in articles)
        {
            Collect(article, byThing);
        }

        var result = new List<DossierConflict>();
        foreach (var (thing, statements) in byThing.OrderBy(kv => kv.Key, StringComparer.Ordinal))
        {
            var values = statements.GroupBy(s => s.Value)
                .Select(g => g.ToList())
                .OrderBy(g => g.Min(s => s.Published))
                .ToList();
            if (values.Count < 2 || statements.Select(s => lineageOf.GetValueOrDefault(s.Article.Id) ?? s.Article.Id).Distinct(StringComparer.Ordinal).Count() < 2)
            {
                continue;
            }

            for (var i = 1; i < values.Count; i++)
            {
                var conflict = Conflict(thing, values[i - 1], values[i]);
                if (conflict.Assessment == "update" || Comparable(values[i - 1][0].Value, values[i][0].Value))
                {
                    result.Add(conflict);
                }
            }
        }

        return result;
    }

    /// <summary>Figures more than twice apart are, without a revision, counts of different things (one strike's
    /// dead against a campaign's total), not outlets disagreeing on one count.</summary>
    private static bool Comparable(double a, double b) => Math.Max(a, b) <= MaximumRatio * Math.Min(a, b);

    private const double MaximumRatio = 2.0;

    private static void Collect(Article article, Dictionary<string, List<Statement>> byThing)
    {
        var sentences = article.Annotations.Get(Layers.Sentences);
        // Each sentence is read for revision wording once, however many figures it holds.
        var revisingSentences = new Dictionary<TextSpan, bool>();
        foreach (var quantity in article.Annotations.Get(Layers.Quantities))
        {
            if (quantity.Qualifier is "vague" or "more than" or "less than" or "fewer than")
            {
                continue;
            }

            var sentence = SentenceOf(sentences, quantity.Span) ?? quantity.Span;
            // Only the words just before the figure can mark it as the old value; reading from the sentence start
            // made a text of one 500,000-character sentence cost a scan of that sentence per figure.
            var beforeStart = Math.Max(sentence.Start, quantity.Span.Start - RevisionCue.OldValueWindow);
            if (RevisionCue.IsOldValue(article.Text[beforeStart..quantity.Span.Start]))
            {
                continue;
            }

            if (CountedThing.KeyOf(article, quantity, sentence) is { } key)
            {
                if (!byThing.TryGetValue(key, out var list))
                {
                    list = [];
                    byThing[key] = list;
                }

                if (!revisingSentences.TryGetValue(sentence, out var revises))
                {
                    revises = RevisionCue.Revises(article.Slice(sentence));
                    revisingSentences[sentence] = revises;
                }

                list.Add(new Statement(article, quantity, sentence, quantity.Value, article.Metadata.Published ?? DateTimeOffset.MaxValue, revises));
            }
        }
    }

    /// <summary>The sentence holding <paramref name="span"/>: a binary search over the sorted sentence layer, so a
    /// text of many short sentences and many figures stays linear.</summary>
    private static TextSpan? SentenceOf(IReadOnlyList<Sentence> sentences, TextSpan span)
    {
        int low = 0, high = sentences.Count - 1;
        while (low <= high)
        {
            var mid = low + ((high - low) / 2);
            var candidate = sentences[mid].Span;
            if (candidate.Contains(span))
            {
                return candidate;
            }

            if (candidate.Start > span.Start || (candidate.Start == span.Start && candidate.End > span.End))
            {
                high = mid - 1;
            }
            else
            {
                low = mid + 1;
            }
        }

        return null;
    }

    private static DossierConflict Conflict(string thing, List<Statement> earlier, List<Statement> later)
    {
        var revises = later.Exists(s => s.Revises);
        var after = later.Min(s => s.Published) > earlier.Max(s => s.Published) && later.Min(s => s.Published) != DateTimeOffset.MaxValue;
        return new DossierConflict
        {
            Kind = "numeric",
            About = thing,
            Assessment = revises || after ? "update" : "contradiction",
            Sides = [Side(earlier), Side(later)],
        };
    }

    private static DossierConflictSide Side(List<Statement> statements)
    {
        var first = statements[0];
        return new DossierConflictSide(
            first.Article.Slice(first.Quantity.Span),
            first.Value,
            [.. statements.Select(s => s.Article.Id).Distinct(StringComparer.Ordinal)],
            [.. statements.Select(s => new Evidence(s.Article.Id, s.Quantity.Span.Start, s.Quantity.Span.Length, s.Article.Slice(s.Quantity.Span)))]);
    }

    private sealed record Statement(Article Article, QuantityAnnotation Quantity, TextSpan Sentence, double Value, DateTimeOffset Published, bool Revises);
}
