namespace Triangulate.Stories.Lineage;

/// <summary>
/// Light, allocation-free normalisation for comparing copies: lowercase and strip Latin diacritics, so
/// "Ferrán"/"Ferran" and "Núñez"/"Nunez" hash alike (outlets and feeds strip accents inconsistently).
/// </summary>
public static class TextFolding
{
    // Latin-1 Supplement (U+00C0–U+00FF) and Latin Extended-A (U+0100–U+017F), folded by hand because
    // string.Normalize is unavailable under InvariantGlobalization. Covers the accents news copy loses in transit.
    private const string Latin1 = "aaaaaaaceeeeiiiidnooooo×ouuuuyþsaaaaaaaceeeeiiiidnooooo÷ouuuuyþy";
    private const string ExtendedA = "aaaaaaccccccccddddeeeeeeeeeegggggggghhhhiiiiiiiiiiiijjkkkllllllllllnnnnnnnnnoooooooorrrrrrssssssssttttttuuuuuuuuuuuuwwyyyzzzzzzs";

    /// <summary>The folded form of one character (lowercase, no accent).</summary>
    public static char Fold(char c)
    {
        if (c < 128)
        {
            return c is >= 'A' and <= 'Z' ? (char)(c | 0x20) : c;
        }

        return c switch
        {
            >= '\u00C0' and <= '\u00FF' => Latin1[c - 0xC0],
            >= '\u0100' and <= '\u017F' => ExtendedA[c - 0x100],
            _ => char.ToLowerInvariant(c),
        };
    }

    /// <summary>True for characters that are part of a word token.</summary>
    public static bool IsWordChar(char c) =>
        c < 128 ? (c is >= 'a' and <= 'z') || (c is >= 'A' and <= 'Z') || (c is >= '0' and <= '9') : char.IsLetterOrDigit(c);
}
