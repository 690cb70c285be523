namespace Triangulate.Core.Pipeline;

/// <summary>
/// What every stage declares: a name and version (recorded in each article's outcomes) and the layers it
/// requires and produces, by <see cref="Annotations.ILayerKey.Name"/> or corpus result name. The pipeline
/// builder checks requirements when the pipeline is built and names the missing producer.
/// </summary>
public interface IStage
{
    string Name { get; }
    string Version { get; }
    IReadOnlyList<string> Requires { get; }
    IReadOnlyList<string> Produces { get; }
}
