using System.Xml.Linq;

namespace Triangulate.Ingest.Feeds;

/// <summary>A parsed feed: its title and its item elements, or the items that failed to parse.</summary>
/// <param name="Items">Item elements in document order; null entries are items that could not be parsed.</param>
/// <param name="ItemErrors">For each null item, why it failed.</param>
/// <param name="Repaired">True when the feed as a whole was not well-formed and was read item by item.</param>
internal sealed record FeedDocument(string? Title, IReadOnlyList<XElement?> Items, IReadOnlyList<string?> ItemErrors, bool Repaired, string? RepairReason);
