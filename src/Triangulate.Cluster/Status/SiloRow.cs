namespace Triangulate.Cluster.Status;

/// <summary>One row of the Orleans membership table: a silo (one process generation) and what the cluster
/// thinks of it. <see cref="Status"/> is Orleans' <c>SiloStatus</c> name (Active, Dead, ShuttingDown…).</summary>
public sealed record SiloRow(string Address, int Port, int Generation, string Name, string Host, string Status, int? GatewayPort, DateTimeOffset Started, DateTimeOffset LastAlive);
