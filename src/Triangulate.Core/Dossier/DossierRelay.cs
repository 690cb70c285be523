namespace Triangulate.Core.Dossier;

/// <summary>
/// An article reporting what another outlet reported ("the Times reported", "according to Reuters", "told
/// Axios", an excerpt): the article depends on that outlet for what it relays (docs/figures.md#relays).
/// </summary>
/// <param name="Outlet">The outlet relayed, as the corpus or the text names it ("The New York Times").</param>
/// <param name="Kind">reported | quoted | told | excerpt (<c>RelayKinds</c> in Triangulate.Stories.Relays).</param>
/// <param name="Evidence">The words that say so; for an excerpt, the excerpted passage.</param>
public sealed record DossierRelay(string Outlet, string Kind, Evidence Evidence);
