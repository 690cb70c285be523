namespace Triangulate.Stories.Clustering;

/// <summary>Lowercases and strips Latin diacritics per character, so "Nicolás" and "Nicolas" are one term without a per-word Unicode normalisation.</summary>
internal static class TextFolding
{
    // Index = code point - 0xC0 (À..ÿ); '\0' = keep the lowercased character.
    private const string Latin1 = "aaaaaaaceeeeiiiidnooooo\0ouuuuyþsaaaaaaaceeeeiiiidnooooo\0ouuuuyþy";

    public static char Fold(char c)
    {
        if (c < 0x80)
        {
            return c is >= 'A' and <= 'Z' ? (char)(c + 32) : c;
        }

        if (c is >= '\u00C0' and <= '\u00FF')
        {
            var f = Latin1[c - 0xC0];
            return f == '\0' ? char.ToLowerInvariant(c) : f;
        }

        return c switch
        {
            'ą' or 'ă' or 'ā' or 'Ą' or 'Ă' or 'Ā' => 'a',
            'ć' or 'č' or 'Ć' or 'Č' => 'c',
            'ę' or 'ě' or 'ē' or 'Ę' or 'Ě' or 'Ē' => 'e',
            'ł' or 'Ł' => 'l',
            'ń' or 'ň' or 'Ń' or 'Ň' => 'n',
            'ś' or 'š' or 'ş' or 'Ś' or 'Š' or 'Ş' => 's',
            'ź' or 'ż' or 'ž' or 'Ź' or 'Ż' or 'Ž' => 'z',
            'ř' or 'Ř' => 'r',
            'ğ' or 'Ğ' => 'g',
            'ı' or 'İ' => 'i',
            'ő' or 'Ő' => 'o',
            'ű' or 'ů' or 'Ű' or 'Ů' => 'u',
            _ => char.ToLowerInvariant(c),
        };
    }
}
