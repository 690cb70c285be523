namespace Triangulate.Core.Living;

/// <summary>
/// A story's freshly computed sections: the dossier story as JSON (<see cref="Json"/>), the section version,
/// how many articles they cover, the independent source count, the list row's extras (outlets and main actors,
/// JSON) and the facets the list filters on (lower-cased outlet and entity names).
/// </summary>
public sealed record SectionsUpdate(string StoryId, string Json, string Version, int Articles, int? Sources, string SummaryJson, IReadOnlyList<StoryFacet> Facets);
