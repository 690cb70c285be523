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
}
