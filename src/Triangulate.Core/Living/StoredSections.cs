namespace Triangulate.Core.Living;

/// <summary>A story's computed sections as stored: the dossier story as JSON, the section version, and the
/// number of articles they were computed from.</summary>
public sealed record StoredSections(string StoryId, string Json, string Version, int Articles);
