namespace Triangulate.Core.Pipeline;

/// <summary>
/// A typed name for a corpus result, the corpus twin of <see cref="Annotations.LayerKey{T}"/>. Corpus stages
/// declare what they read and write by these names, and hand results to later stages through
/// <see cref="CorpusContext.Set{T}"/> / <see cref="CorpusContext.Get{T}"/>, so one name always holds one type
/// and <see cref="Pipeline.Create"/> can see every contract.
/// </summary>
public sealed class CorpusKey<T>(string name) : ICorpusKey where T : class
{
    public string Name { get; } = name;

    public override string ToString() => Name;
}

/// <summary>The untyped face of <see cref="CorpusKey{T}"/>, for stage declarations.</summary>
public interface ICorpusKey
{
    string Name { get; }
}
