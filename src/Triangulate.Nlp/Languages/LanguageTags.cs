namespace Triangulate.Nlp.Languages;

/// <summary>Language tags as sources write them ("en-GB", "pt_BR", "EN") reduced to ISO 639-1.</summary>
public static class LanguageTags
{
    /// <summary>The two-letter primary subtag in lower case; null for "und", a missing tag or anything else.</summary>
    public static string? Primary(string? tag)
    {
        if (string.IsNullOrWhiteSpace(tag))
        {
            return null;
        }

        var span = tag.AsSpan().Trim();
        var end = span.IndexOfAny('-', '_');
        var primary = end < 0 ? span : span[..end];
        return primary.Length == 2 && char.IsAsciiLetter(primary[0]) && char.IsAsciiLetter(primary[1])
            ? primary.ToString().ToLowerInvariant()
            : null;
    }
}
