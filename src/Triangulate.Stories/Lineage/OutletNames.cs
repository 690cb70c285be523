namespace Triangulate.Stories.Lineage;

/// <summary>
/// Outlet-name normalisation and the built-in list of agencies and large outlets whose names may be credited
/// in free phrasing ("seen by X", "X reported"). Names credited by unambiguous forms ("With inputs from X",
/// "(X) -") need not be listed.
/// </summary>
public static class OutletNames
{
    private static readonly string[] BuiltIn =
    [
        "Reuters", "Associated Press", "AP", "AFP", "Agence France-Presse", "Bloomberg", "Bloomberg News", "dpa",
        "Xinhua", "Press Association", "PA Media", "ANI", "PTI", "IANS", "UPI", "EFE", "ANSA", "Kyodo", "Yonhap",
        "TASS", "RIA Novosti", "Interfax", "Anadolu", "Dow Jones", "CNN", "BBC", "Axios", "Semafor",
        "The New York Times", "New York Times", "The Washington Post", "Washington Post", "The Wall Street Journal",
        "Wall Street Journal", "Financial Times", "Politico", "CBS News", "NBC News", "ABC News", "Fox News",
        "The Guardian", "Al Jazeera", "NPR", "The Economist", "Nikkei", "Caixin", "Le Monde",
    ];

    private static readonly Dictionary<string, string> Aliases = new(StringComparer.Ordinal)
    {
        ["ap"] = "associated press",
        ["afp"] = "agence france presse",
        ["pa"] = "press association",
        ["pa media"] = "press association",
    };

    private static readonly string[] DroppedSuffixes = [" news agency", " newswire", " news", " wire", " agency", " media"];

    /// <summary>The built-in outlet names.</summary>
    public static IReadOnlyList<string> Known => BuiltIn;

    /// <summary>The comparison key of an outlet name: "The Bloomberg News" → "bloomberg", "AP" → "associated press".</summary>
    public static string Key(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        var chars = new char[name.Length];
        var n = 0;
        var space = true;
        foreach (var c in name)
        {
            if (TextFolding.IsWordChar(c))
            {
                chars[n++] = TextFolding.Fold(c);
                space = false;
            }
            else if (!space && c != '.' && c != '\'')
            {
                chars[n++] = ' ';
                space = true;
            }
        }

        var key = new string(chars, 0, n).Trim();
        if (key.StartsWith("the ", StringComparison.Ordinal))
        {
            key = key[4..];
        }

        foreach (var suffix in DroppedSuffixes)
        {
            if (key.Length > suffix.Length && key.EndsWith(suffix, StringComparison.Ordinal))
            {
                key = key[..^suffix.Length];
                break;
            }
        }

        return Aliases.TryGetValue(key, out var alias) ? alias : key;
    }
}
