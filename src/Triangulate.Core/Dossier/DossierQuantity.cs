namespace Triangulate.Core.Dossier;

/// <summary>A quantity with what it is about and where it was stated.</summary>
public sealed class DossierQuantity
{
    public double Value { get; init; }
    public string? Unit { get; init; }
    public string? About { get; init; }
    public List<Evidence> Evidence { get; init; } = [];
}
