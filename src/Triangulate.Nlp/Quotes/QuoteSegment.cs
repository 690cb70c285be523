namespace Triangulate.Nlp.Quotes;

/// <summary>
/// One quotation: token indices of its opening and closing marks (<see cref="Close"/> is the paragraph
/// end when the quote runs on into the next paragraph) and the character range of its content.
/// </summary>
internal sealed class QuoteSegment
{
    public required int Open { get; init; }
    public required int Close { get; init; }
    public required int ContentStart { get; init; }
    public required int ContentEnd { get; init; }
    public required bool IsDouble { get; init; }

    /// <summary>Unclosed at its paragraph end, and the next paragraph reopens: a multi-paragraph quote.</summary>
    public bool RunsOn { get; init; }

    /// <summary>Number of word tokens inside.</summary>
    public int Words { get; init; }

    /// <summary>Index of the sentence holding the opening mark (set once sentences are known).</summary>
    public int Sentence { get; set; } = -1;
}
