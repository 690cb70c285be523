namespace Triangulate.Core.Dossier;

/// <summary>One canonical actor within a story.</summary>
public sealed class DossierEntity
{
    public required string Id { get; init; }
    public required string Name { get; init; }
    public required string Type { get; init; }
    public List<string> Aliases { get; init; } = [];
    public List<Evidence> Mentions { get; init; } = [];
    public List<DossierDescriptor> Descriptors { get; init; } = [];

    /// <summary>Removed lines that credit this entity as a source: an agency can be an actor of a story
    /// while appearing only in credits and datelines.</summary>
    public List<DossierCredit> Credits { get; init; } = [];
}
