using Triangulate.Stories.Lineage;

namespace Triangulate.Stories.Quotes;

/// <summary>When two occurrences are one utterance: the same words, or the same person's statement reworded or translated.</summary>
public sealed partial class QuoteFamilyBuilder
{
    /// <summary>The same words (<see cref="SameWords"/>), or the same person's statement in other words (<see cref="SameStatement"/>).</summary>
    private bool SameUtterance(QuoteOccurrenceInfo a, QuoteOccurrenceInfo b) => SameWords(a, b) || SameStatement(a, b);

    /// <summary>
    /// Two direct quotations in two articles, given to the same named person: one statement when they say the same
    /// thing in other words (a reworded or differently translated version), or, when the articles are in different
    /// languages, when they give the same figures or names (a translation shares nothing else).
    /// </summary>
    private bool SameStatement(QuoteOccurrenceInfo a, QuoteOccurrenceInfo b)
    {
        if (!_options.MatchStatements || a.IsIndirect || b.IsIndirect || ReferenceEquals(a.Article, b.Article)
            || !a.SpeakerIsPerson || !b.SpeakerIsPerson || !SpeakerKey.Agree(a.SpeakerWords, b.SpeakerWords))
        {
            return false;
        }

        var (shorter, longer) = a.Words.Length <= b.Words.Length ? (a, b) : (b, a);
        if (shorter.Words.Length < _options.MinStatementWords || shorter.Words.Length < _options.MinLengthRatio * longer.Words.Length)
        {
            return false;
        }

        return DifferentLanguages(a, b) ? SameParticulars(a, b) : SharesContentWords(shorter, longer, 2) && _matcher.Matches(a.Text, b.Text);
    }

    // A cheap test before the sentence matcher: two wordings of one statement share a couple of content words.
    private static bool SharesContentWords(QuoteOccurrenceInfo a, QuoteOccurrenceInfo b, int needed) =>
        a.Bag.SharedContentWords(b.Bag, needed) >= needed;

    private static bool DifferentLanguages(QuoteOccurrenceInfo a, QuoteOccurrenceInfo b) =>
        a.Article.Metadata.Language is { } la && b.Article.Metadata.Language is { } lb && !string.Equals(Primary(la), Primary(lb), StringComparison.OrdinalIgnoreCase);

    // A translation keeps the figures and the names: at least two of them shared, and most of the shorter side's.
    private static bool SameParticulars(QuoteOccurrenceInfo a, QuoteOccurrenceInfo b)
    {
        var (fa, fb) = (FigureSkeleton.Compute(a.Text), FigureSkeleton.Compute(b.Text));
        var (na, nb) = (QuoteText.Names(a.Text), QuoteText.Names(b.Text));
        var shared = fa.Shared(fb) + na.Count(nb.Contains);
        var fewer = Math.Min(fa.Distinct.Length + na.Count, fb.Distinct.Length + nb.Count);
        return shared >= 2 && shared * 2 >= fewer;
    }

    /// <summary>Most of the shorter version's words recur in the longer, with enough content words to rule out chance.</summary>
    private bool SameWords(QuoteOccurrenceInfo a, QuoteOccurrenceInfo b)
    {
        var (shorter, longer) = a.Words.Length <= b.Words.Length ? (a, b) : (b, a);
        if (shorter.ContentWordCount < _options.MinSharedContentWords)
        {
            return shorter.Words.Length > 0 && shorter.Words.AsSpan().SequenceEqual(longer.Words) && !ReferenceEquals(a.Article, b.Article);
        }

        var overlap = shorter.Bag.SharedContentWords(longer.Bag, _options.MinSharedContentWords);
        if (overlap < _options.MinSharedContentWords)
        {
            return false;
        }

        int shared = Shared(shorter, longer, out int sharedContent);
        return sharedContent >= _options.MinSharedContentWords && shared >= _options.MinContainment * shorter.Words.Length;
    }

    /// <summary>The words two quotations share, from the bags both keep: the multiset overlap (each word counts
    /// min(times in a, times in b)) as a merge of two sorted arrays, without a dictionary per pair.</summary>
    private static int Shared(QuoteOccurrenceInfo a, QuoteOccurrenceInfo b, out int sharedContent) => a.Bag.Shared(b.Bag, out sharedContent);
}
