namespace Triangulate.Core.Living;

/// <summary>The kinds of story events.</summary>
public static class StoryEventKinds
{
    public const string Born = "born";
    public const string Grew = "grew";
    public const string FigureUpdated = "figure-updated";
    public const string NewConflict = "new-conflict";
    public const string NewQuote = "new-quote";
    public const string QuoteVariant = "quote-variant";
    public const string Merged = "merged";
    public const string Split = "split";
    public const string WentQuiet = "went-quiet";

    public static IReadOnlyList<string> All { get; } = [Born, Grew, FigureUpdated, NewConflict, NewQuote, QuoteVariant, Merged, Split, WentQuiet];
}
