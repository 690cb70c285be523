namespace Triangulate.Quality.Extraction;

/// <summary>
/// Title agreement used for the title-accuracy figure: the same word tokens, case-insensitive
/// (punctuation and spacing ignored, because the L3S-GN1 gold replaced curly quotes with '?').
/// </summary>
public static class TitleMatch
{
    public static bool Same(string? ours, string gold)
    {
        if (ours is null)
        {
            return false;
        }

        var a = ShingleScorer.Tokens(ours.ToLowerInvariant());
        var b = ShingleScorer.Tokens(gold.ToLowerInvariant());
        return a.Count > 0 && a.SequenceEqual(b);
    }
}
