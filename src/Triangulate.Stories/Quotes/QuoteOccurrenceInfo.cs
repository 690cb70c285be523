using Triangulate.Core.Annotations;
using Triangulate.Core.Model;

namespace Triangulate.Stories.Quotes;

/// <summary>One quotation of one article while families are formed: its text, normal words and speaker.</summary>
internal sealed class QuoteOccurrenceInfo(Article article, QuoteAnnotation quote, int order, Dictionary<string, int> vocabulary)
{
    public Article Article { get; } = article;
    public QuoteAnnotation Quote { get; } = quote;
    public int Order { get; } = order;
    public string Text { get; } = article.Slice(quote.Span);
    public string[] Words { get; } = QuoteText.Words(article.Slice(quote.Span));
    public string? SpeakerText { get; } = quote.Speaker is { } s ? article.Slice(s) : null;

    private WordBag? _bag;
    private int _contentWordCount = -1;

    /// <summary>How many of <see cref="Words"/> are content words, counted once.</summary>
    public int ContentWordCount => _contentWordCount >= 0 ? _contentWordCount : _contentWordCount = Words.Count(QuoteText.IsContent);

    /// <summary>The words as a bag of ids of the build's vocabulary, built once, so comparing two quotations allocates nothing.</summary>
    public WordBag Bag => _bag ??= WordBag.Of(Words, vocabulary);

    /// <summary>
    /// The resolved speaker name, else the words naming the speaker; never a bare pronoun that found no
    /// antecedent ("He"), which would name nobody: that quotation's speaker is unknown, and its
    /// <c>speakerText</c> still shows the word. The words are joined by single spaces: wire copy breaks its lines inside a
    /// speaker ("a mines\nministry source"), and the name is shown, while <c>speakerText</c> stays the exact text.
    /// </summary>
    public string? SpeakerName => _speakerName ??= OneLine(Quote.SpeakerName ?? (SpeakerText is { } t && !SpeakerKey.IsBarePronoun(t) ? t : null));

    private string? _speakerName;

    private static string? OneLine(string? name) =>
        name is null || (name.AsSpan().IndexOfAny("\r\n\t") < 0 && !name.Contains("  ", StringComparison.Ordinal))
            ? name
            : string.Join(' ', name.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));

    public bool IsIndirect => Quote.Kind == "indirect";

    private bool? _speakerIsPerson;
    private string[]? _speakerWords;

    /// <summary>Whether the speaker is named like a person (cached: families compare every pair of quotations).</summary>
    public bool SpeakerIsPerson => _speakerIsPerson ??= SpeakerKey.IsPersonLike(SpeakerName);

    /// <summary>The speaker's folded name words without titles (cached).</summary>
    public string[] SpeakerWords => _speakerWords ??= SpeakerKey.Words(SpeakerName);
}
