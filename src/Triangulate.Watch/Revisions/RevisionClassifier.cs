using Triangulate.Core.Annotations;
using Triangulate.Core.Dossier;
using Triangulate.Core.Model;
using Triangulate.Core.Revisions;
using Triangulate.Core.Storage;

namespace Triangulate.Watch.Revisions;

/// <summary>
/// Says what each sentence change touches, from the two revisions' own layers: <c>figure</c> when the numbers in
/// the sentence differ (with the changed figures paired up, before and after, for the figure tracks),
/// <c>quote</c> when it overlaps a direct or partial quote, <c>attribution</c> when the speaker credited with that speech
/// differs. Without the layers (an extraction-only pipeline) changes keep no aspects.
/// </summary>
public static class RevisionClassifier
{
    public static (List<RevisionChange> Changes, List<FigureRevision> Figures) Classify(Article before, Article after, IReadOnlyList<RevisionChange> changes)
    {
        ArgumentNullException.ThrowIfNull(changes);
        var classified = new List<RevisionChange>(changes.Count);
        var figures = new List<FigureRevision>();
        foreach (var change in changes)
        {
            if (change.Op == "title")
            {
                classified.Add(change);
                continue;
            }

            var aspects = new List<string>();
            var oldFigures = Quantities(before, change.Before);
            var newFigures = Quantities(after, change.After);
            if (!SameValues(oldFigures, newFigures))
            {
                aspects.Add("figure");
                figures.AddRange(PairFigures(before, after, oldFigures, newFigures));
            }

            var oldQuotes = Quotes(before, change.Before);
            var newQuotes = Quotes(after, change.After);
            // Quoted words: direct and partial quotes. Reported speech ("officials said 14 were hurt") is not a quote,
            // though who it is credited to still counts as attribution below.
            if (oldQuotes.Exists(IsQuoted) || newQuotes.Exists(IsQuoted))
            {
                aspects.Add("quote");
            }

            if (oldQuotes.Count > 0 && newQuotes.Count > 0 && !SameSpeakers(before, after, oldQuotes, newQuotes))
            {
                aspects.Add("attribution");
            }

            classified.Add(change with { Aspects = aspects });
        }

        return (classified, figures);
    }

    private static List<QuantityAnnotation> Quantities(Article article, Evidence? side) =>
        side is null || !article.Annotations.Has(Layers.Quantities)
            ? []
            : [.. article.Annotations.Get(Layers.Quantities).Where(q => Inside(q.Span, side))];

    private static List<QuoteAnnotation> Quotes(Article article, Evidence? side) =>
        side is null || !article.Annotations.Has(Layers.Quotes)
            ? []
            : [.. article.Annotations.Get(Layers.Quotes).Where(q => q.Span.Overlaps(new TextSpan(side.Start, side.Length)))];

    private static bool IsQuoted(QuoteAnnotation quote) => quote.Kind is not "indirect";

    private static bool Inside(TextSpan span, Evidence side) => new TextSpan(side.Start, side.Length).Contains(span);

    private static bool SameValues(List<QuantityAnnotation> a, List<QuantityAnnotation> b) =>
        a.Select(q => q.Value).Order().SequenceEqual(b.Select(q => q.Value).Order());

    /// <summary>Each new value that the old side lacks is paired with the first unmatched old value of the same unit (or about).</summary>
    private static IEnumerable<FigureRevision> PairFigures(Article before, Article after, List<QuantityAnnotation> old, List<QuantityAnnotation> now)
    {
        var unmatchedOld = old.Where(o => !now.Exists(n => n.Value == o.Value)).ToList();
        foreach (var n in now.Where(n => !old.Exists(o => o.Value == n.Value)))
        {
            var partner = unmatchedOld.Find(o => o.Unit == n.Unit && o.Unit is not null)
                ?? unmatchedOld.Find(o => o.About == n.About && o.About is not null)
                ?? (unmatchedOld.Count == 1 && now.Count(x => !old.Exists(o => o.Value == x.Value)) == 1 ? unmatchedOld[0] : null);
            if (partner is null)
            {
                continue;
            }

            unmatchedOld.Remove(partner);
            yield return new FigureRevision(partner.Value, n.Value, n.Unit ?? partner.Unit, n.About ?? partner.About,
                Evidence.Of(before, partner.Span),
                Evidence.Of(after, n.Span));
        }
    }

    private static bool SameSpeakers(Article before, Article after, List<QuoteAnnotation> old, List<QuoteAnnotation> now) =>
        old.Select(q => Speaker(before, q)).Order(StringComparer.Ordinal).SequenceEqual(now.Select(q => Speaker(after, q)).Order(StringComparer.Ordinal), StringComparer.Ordinal);

    private static string Speaker(Article article, QuoteAnnotation quote) =>
        quote.SpeakerName ?? (quote.Speaker is { } s ? article.Slice(s) : "");
}
