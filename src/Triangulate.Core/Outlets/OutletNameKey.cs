using System.Text;

namespace Triangulate.Core.Outlets;

/// <summary>
/// How the registry compares outlet names: case, spacing and a leading "The" do not count ("the Guardian" is
/// "The Guardian"); the compact form also ignores punctuation and spaces, so a page's "TheHill" or
/// "@politifact" is recognised as the outlet its domain names.
/// </summary>
internal static class OutletNameKey
{
    /// <summary>Lower case, single spaces, no leading "the ": "The  Associated Press" → "associated press".</summary>
    public static string Of(string name)
    {
        var sb = new StringBuilder(name.Length);
        var space = true;
        foreach (var c in name.Trim())
        {
            if (char.IsWhiteSpace(c))
            {
                if (!space)
                {
                    sb.Append(' ');
                    space = true;
                }

                continue;
            }

            sb.Append(char.ToLowerInvariant(c));
            space = false;
        }

        var key = sb.ToString().TrimEnd();
        return key.StartsWith("the ", StringComparison.Ordinal) ? key[4..] : key;
    }

    /// <summary>Letters and digits only, lower case, without a leading "the": "TheHill" and "The Hill" → "hill".</summary>
    public static string Compact(string name)
    {
        var sb = new StringBuilder(name.Length);
        foreach (var c in name)
        {
            if (char.IsLetterOrDigit(c))
            {
                sb.Append(char.ToLowerInvariant(c));
            }
        }

        var key = sb.ToString();
        var spaced = name.TrimStart();
        var hasThe = spaced.StartsWith("the ", StringComparison.OrdinalIgnoreCase)
            || (spaced.StartsWith("The", StringComparison.Ordinal) && spaced.Length > 3 && char.IsUpper(spaced[3]));
        return hasThe && key.Length > 3 ? key[3..] : key;
    }
}
