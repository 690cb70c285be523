namespace Triangulate.Core.Living;

/// <summary>
/// A story's freshly computed sections: the dossier story as JSON (<see cref="Json"/>), the section version,
/// how many articles they cover, the independent source count, the list row's extras (outlets and main actors,
/// JSON), the facets the list filters on (lower-cased outlet and entity names), and <see cref="Knowledge"/>: how
/// much corpus knowledge (<see cref="KnownName"/> counts, engine-defined text) the computation used.
/// </summary>
public sealed record SectionsUpdate(string StoryId, string Json, string Version, int Articles, int? Sources, string SummaryJson, IReadOnlyList<StoryFacet> Facets, string? Knowledge = null);
