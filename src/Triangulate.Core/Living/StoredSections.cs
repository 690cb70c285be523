namespace Triangulate.Core.Living;

/// <summary>A story's computed sections as stored: the dossier story as JSON, the section version, the number of
/// articles they were computed from, and the corpus knowledge they used (see <see cref="SectionsUpdate.Knowledge"/>).</summary>
public sealed record StoredSections(string StoryId, string Json, string Version, int Articles, string? Knowledge);
