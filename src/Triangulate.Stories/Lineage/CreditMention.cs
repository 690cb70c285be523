namespace Triangulate.Stories.Lineage;

/// <summary>
/// One credit to an outlet found in an article. <see cref="Start"/> is -1 when the credit came from metadata
/// (a credit line the cleaner removed from the text, or a dateline), so it has no span in the text.
/// </summary>
/// <param name="Name">The outlet as written ("Bloomberg News").</param>
/// <param name="Key">Comparison key ("bloomberg"): lowercase, no "The", no "News"/"Wire"/"Agency" suffix, aliases merged.</param>
public sealed record CreditMention(string Name, string Key, CreditStrength Strength, int Start, int Length, string Text)
{
    public bool HasSpan => Start >= 0;
}
