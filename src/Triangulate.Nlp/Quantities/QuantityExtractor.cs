using Triangulate.Core.Annotations;
using Triangulate.Core.Model;
using Triangulate.Nlp.Dates;

namespace Triangulate.Nlp.Quantities;

/// <summary>
/// Finds quantities in raw English text: digits and number words ("15,000", "six", "a dozen"), scales
/// ("$50 million" → 5e7), percentages, money with currency, approximations ("about", "more than", "at least",
/// "tens of thousands of"), ranges, and for counts the counted noun and the predicate ("11 people were
/// killed" → 11, people, "killed"). Dates, times, years, ordinals and phone-like numbers are skipped, so
/// "September 6" or "1987" never become counts.
/// <see cref="QuantityAnnotation.Unit"/>: the counted noun's lemma, an ISO currency code, or "percent".
/// <see cref="QuantityAnnotation.Qualifier"/>: about | nearly | more than | less than | at least | at most |
/// exactly | vague (a lower bound: "hundreds of") | range (Value is the low end).
/// </summary>
public sealed class QuantityExtractor
{
    /// <summary>Longest text read (in UTF-16 units); the rest is ignored (pathological input must not stall a batch).</summary>
    public const int MaxTextLength = 2_000_000;

    /// <param name="text">Raw article text.</param>
    /// <param name="dates">The article's temporal expressions when already tagged; otherwise they are found here.</param>
    /// <param name="persons">Spans of people's names (the entity layer's PERSON mentions) in text order, so that "Ryan Welch
    /// was killed" counts one death; none when null.</param>
    public IReadOnlyList<QuantityAnnotation> Extract(string text, IReadOnlyList<TimeExpression>? dates = null, IReadOnlyList<TextSpan>? persons = null)
    {
        ArgumentNullException.ThrowIfNull(text);
        return Extract(TokenPieces.Of(text, MaxTextLength), dates, persons);
    }

    /// <summary>As <see cref="Extract(string, IReadOnlyList{TimeExpression}?, IReadOnlyList{TextSpan}?)"/> over an
    /// article, reading its tokens and sentences layers when it has them rather than tokenizing again.</summary>
    public IReadOnlyList<QuantityAnnotation> Extract(Article article, IReadOnlyList<TimeExpression>? dates = null, IReadOnlyList<TextSpan>? persons = null)
    {
        ArgumentNullException.ThrowIfNull(article);
        return Extract(TokenPieces.Of(article, MaxTextLength), dates, persons);
    }

    private static IReadOnlyList<QuantityAnnotation> Extract(PiecedText text, IReadOnlyList<TimeExpression>? dates, IReadOnlyList<TextSpan>? persons)
    {
        dates ??= TemporalTagger.Tag(text, null, null, null);
        var reader = new QuantityReader(text, dates, persons ?? []);
        return reader.Run();
    }
}
