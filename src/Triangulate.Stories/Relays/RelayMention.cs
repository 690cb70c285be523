using Triangulate.Core.Model;

namespace Triangulate.Stories.Relays;

/// <summary>One relay found in an article's text.</summary>
/// <param name="Outlet">The outlet relayed, as resolved by <see cref="OutletDirectory"/>.</param>
/// <param name="Key">Its comparison key (<see cref="OutletDirectory.Key"/>).</param>
/// <param name="Kind">One of <see cref="RelayKinds"/>.</param>
/// <param name="Span">The words that say so; for an excerpt, the excerpted passage.</param>
public sealed record RelayMention(string Outlet, string Key, string Kind, TextSpan Span);
