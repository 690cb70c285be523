namespace Triangulate.Engine.Living;

/// <summary>
/// Ids fixed at birth and derived from the article that started the thing, so a story streamed in any batch
/// sizes gets the same id as in one batch: "s-" / "L-" and the first 16 hex digits of the article id.
/// </summary>
public static class StoryIds
{
    private const int HexDigits = 16;

    public static string ForStory(string firstArticleId) => "s-" + Core(firstArticleId);

    public static string ForLineage(string firstArticleId) => "L-" + Core(firstArticleId);

    /// <summary>The id with a numeric suffix, for the rare birth from an article whose id is already taken
    /// (a split part starting with an article that once started a story merged away).</summary>
    public static string WithSuffix(string id, int n) => id + "-" + n.ToString(System.Globalization.CultureInfo.InvariantCulture);

    private static string Core(string articleId)
    {
        var dash = articleId.IndexOf('-', StringComparison.Ordinal);
        var hex = dash >= 0 ? articleId[(dash + 1)..] : articleId;
        return hex.Length > HexDigits ? hex[..HexDigits] : hex;
    }
}
