using Triangulate.Core.Outlets;
using Triangulate.Core.Text;

namespace Triangulate.Stories.Lineage;

/// <summary>
/// Outlet-name normalisation for lineage, over the outlet registry (<see cref="OutletRegistry"/>): its names and
/// aliases may be credited in free phrasing ("seen by X", "X reported"), except those that are also ordinary
/// words ("Times", "Forbes"); an alias keys as its outlet ("AP" → "associated press"). Names credited by
/// unambiguous forms ("With inputs from X", "(X) -") need not be listed.
/// </summary>
public static class OutletNames
{
    private static readonly string[] DroppedSuffixes = [" news agency", " newswire", " news", " wire", " agency", " media"];

    private static readonly Lazy<string[]> KnownNames = new(() => OutletRegistry.BuiltIn.Entries.SelectMany(e => e.CreditNames).ToArray());

    // Alias key → the key of its outlet's name, built from the registry once.
    private static readonly Lazy<Dictionary<string, string>> Aliases = new(BuildAliases);

    /// <summary>The registry's outlet names and aliases that a free phrasing may credit.</summary>
    public static IReadOnlyList<string> Known => KnownNames.Value;

    /// <summary>The comparison key of an outlet name: "The Bloomberg News" → "bloomberg", "AP" → "associated press".</summary>
    public static string Key(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        var key = BaseKey(name);
        return Aliases.Value.TryGetValue(key, out var alias) ? alias : key;
    }

    /// <summary>Folded words, without a leading "the" or a trailing "news"/"agency"/… ("The Bloomberg News" → "bloomberg").</summary>
    private static string BaseKey(string name)
    {
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

        return key;
    }

    private static Dictionary<string, string> BuildAliases()
    {
        var aliases = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var entry in OutletRegistry.BuiltIn.Entries)
        {
            var own = BaseKey(entry.Name);
            foreach (var alias in entry.Aliases.Where(a => !entry.Common.Contains(a, StringComparer.Ordinal)))
            {
                var key = BaseKey(alias);
                if (key != own)
                {
                    aliases.TryAdd(key, own);
                }
            }
        }

        return aliases;
    }
}
