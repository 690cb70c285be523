namespace Triangulate.Stories.Syndication;

/// <summary>
/// Light, allocation-free normalisation for comparing copies: lowercase and strip Latin diacritics, so
/// "Ferrán"/"Ferran" and "Núñez"/"Nunez" hash alike (outlets and feeds strip accents inconsistently).
/// </summary>
public static class TextFolding
{
    // Latin-1 Supplement and Latin Extended-A/B: the accents news copy loses in transit.
    private const int TableSize = 0x250;
    private static readonly char[] Table = BuildTable();

    /// <summary>The folded form of one character (lowercase, no accent).</summary>
    public static char Fold(char c)
    {
        if (c < 128)
        {
            return c is >= 'A' and <= 'Z' ? (char)(c | 0x20) : c;
        }

        return c < TableSize ? Table[c] : char.ToLowerInvariant(c);
    }

    /// <summary>True for characters that are part of a word token.</summary>
    public static bool IsWordChar(char c) =>
        c < 128 ? (c is >= 'a' and <= 'z') || (c is >= 'A' and <= 'Z') || (c is >= '0' and <= '9') : char.IsLetterOrDigit(c);

    private static char[] BuildTable()
    {
        var table = new char[TableSize];
        for (var i = 0; i < TableSize; i++)
        {
            var c = (char)i;
            var lower = char.ToLowerInvariant(c);
            var decomposed = lower.ToString().Normalize(System.Text.NormalizationForm.FormD);
            table[i] = decomposed.Length > 0 && decomposed[0] < 128 && char.IsLetter(decomposed[0]) ? decomposed[0] : lower;
        }

        return table;
    }
}
