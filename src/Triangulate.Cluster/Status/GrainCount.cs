namespace Triangulate.Cluster.Status;

/// <summary>Activations of one grain type on one silo.</summary>
public sealed record GrainCount(string Type, string Silo, int Activations);
