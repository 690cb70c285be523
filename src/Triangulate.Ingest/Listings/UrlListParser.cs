namespace Triangulate.Ingest.Listings;

/// <summary>A plain list of addresses: one per line; blank lines and lines starting with '#' are ignored. Every other
/// line must be an absolute http(s) address, so an article that merely quotes a link is never taken for a list.</summary>
public static class UrlListParser
{
    public static Listing? TryParse(string text, Uri? baseUrl)
    {
        ArgumentNullException.ThrowIfNull(text);
        var entries = new List<ListingEntry>();
        foreach (var range in text.AsSpan().Split('\n'))
        {
            var line = text.AsSpan()[range].Trim();
            if (line.IsEmpty || line[0] == '#')
            {
                continue;
            }

            if (!LooksLikeUrl(line) || ListingReader.Absolute(line.ToString(), baseUrl) is not { } url)
            {
                return null;
            }

            if (entries.Count < Listing.MaxEntries)
            {
                entries.Add(new ListingEntry(url));
            }
        }

        return entries.Count == 0 ? null : new Listing(ListingKind.UrlList, null, entries, []);
    }

    /// <summary>One absolute http(s) address and nothing else on the line.</summary>
    public static bool LooksLikeUrl(ReadOnlySpan<char> line) =>
        (line.StartsWith("http://", StringComparison.OrdinalIgnoreCase) || line.StartsWith("https://", StringComparison.OrdinalIgnoreCase))
        && line.IndexOfAny(' ', '\t') < 0;
}
