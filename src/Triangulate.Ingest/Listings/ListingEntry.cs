using Triangulate.Core.Ingest;

namespace Triangulate.Ingest.Listings;

/// <summary>One entry of a listing: an address, and what the listing said about it.</summary>
/// <param name="Url">The absolute address (resolved against the listing's own).</param>
/// <param name="Updated">When the publisher says the entry last changed (feed updated, sitemap lastmod): a newer
/// value than last time means the article was edited.</param>
/// <param name="Body">The article's content or summary when the listing carries it (feeds), else null.</param>
/// <param name="IsSummary">The body is only a summary (or absent): the article page must be fetched for the text.</param>
public sealed record ListingEntry(
    string Url,
    string? Title = null,
    DateTimeOffset? Published = null,
    DateTimeOffset? Updated = null,
    string? Author = null,
    string? Body = null,
    DocumentFormat Format = DocumentFormat.Html,
    bool IsSummary = true);
