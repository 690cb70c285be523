namespace Triangulate.Core.Annotations;

/// <summary>
/// A typed name for an annotation layer. Stages declare what they require and produce by these names,
/// and read or write layers through the typed key so that a layer always holds one annotation type.
/// </summary>
public sealed class LayerKey<T>(string name) : ILayerKey where T : IAnnotation
{
    public string Name { get; } = name;

    public override string ToString() => Name;
}

/// <summary>The untyped face of <see cref="LayerKey{T}"/>, for stage declarations.</summary>
public interface ILayerKey
{
    string Name { get; }
}
