namespace Triangulate.Ingest.Listings;

/// <summary>A parsed listing: its kind, its title (a feed's channel title, an OPML title), its entries, and the
/// entries it could not read (as messages; the others are still used).</summary>
public sealed record Listing(ListingKind Kind, string? Title, IReadOnlyList<ListingEntry> Entries, IReadOnlyList<string> Problems)
{
    /// <summary>Most entries read from one listing: a sitemap may hold 50,000; beyond that is not a news listing.</summary>
    public const int MaxEntries = 50_000;
}
