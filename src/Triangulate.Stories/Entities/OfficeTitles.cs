namespace Triangulate.Stories.Entities;

/// <summary>
/// Offices the tagger takes for organisations: "Secretary of Defense" as a whole, or the "Defence" of
/// "Secretary of Defence Pete Hegseth". An office is a title of a person, not an actor of its own; the
/// department itself ("the Defense Department", "the Ministry of Defence") is still an organisation.
/// </summary>
internal static class OfficeTitles
{
    private static readonly HashSet<string> Offices = new(StringComparer.OrdinalIgnoreCase)
    {
        "secretary", "minister", "undersecretary", "under-secretary", "chancellor",
    };

    /// <summary>Portfolio words that name no organisation when they stand alone after "Secretary of".</summary>
    private static readonly HashSet<string> Portfolios = new(StringComparer.OrdinalIgnoreCase)
    {
        "defense", "defence", "state", "war", "commerce", "treasury", "energy", "health", "interior", "education",
        "transportation", "transport", "labor", "labour", "agriculture", "justice", "finance", "foreign", "home",
        "trade", "housing", "environment", "culture",
    };

    /// <summary>Whether the mention at <paramref name="span"/> is an office title rather than an organisation.</summary>
    public static bool IsOffice(string text, Core.Model.TextSpan span)
    {
        var words = text.Substring(span.Start, span.Length).Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words.Length >= 3 && Offices.Contains(words[0]) && words[1] == "of")
        {
            return true;
        }

        // "Secretary of Defence" + name: only the portfolio word was tagged.
        if (words.Length != 1 || !Portfolios.Contains(words[0]))
        {
            return false;
        }

        var before = text.AsSpan(0, span.Start).TrimEnd();
        if (!before.EndsWith(" of", StringComparison.Ordinal))
        {
            return false;
        }

        before = before[..^3].TrimEnd();
        var space = before.LastIndexOf(' ');
        return Offices.Contains(before[(space + 1)..].ToString());
    }
}
