using Triangulate.Ingest.Listings;

namespace Triangulate.Cli.Commands;

/// <summary>What the user named as sources: an address, or a file listing addresses (one per line, or OPML).</summary>
public static class SourceList
{
    /// <summary>Adds the addresses <paramref name="source"/> stands for to <paramref name="into"/>; false with a message when it is neither.</summary>
    public static bool TryExpand(string source, List<string> into, out string? problem)
    {
        ArgumentNullException.ThrowIfNull(into);
        problem = null;
        if (UrlListParser.LooksLikeUrl(source.AsSpan().Trim()))
        {
            into.Add(source.Trim());
            return true;
        }

        if (!File.Exists(source))
        {
            problem = $"{source}: not a web address and no such file";
            return false;
        }

        var bytes = File.ReadAllBytes(source);
        var listing = ListingReader.TryRead(bytes, null, out var failure);
        if (listing is null || listing.Kind == ListingKind.Feed)
        {
            problem = $"{source}: {failure ?? "not a list of addresses (one per line) or an OPML file"}";
            return false;
        }

        into.AddRange(listing.Entries.Select(e => e.Url));
        return true;
    }
}
