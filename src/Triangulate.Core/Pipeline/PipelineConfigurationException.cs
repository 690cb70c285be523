namespace Triangulate.Core.Pipeline;

/// <summary>A pipeline was assembled with a stage whose requirements no earlier stage produces.</summary>
public sealed class PipelineConfigurationException(string message) : Exception(message);
