using Xunit.Sdk;

namespace Triangulate.Storage.Tests.Contract;

/// <summary>
/// A fact of the store contract. The contract's tests are inherited by every store's test class, so a
/// plain <c>Skip</c> cannot say "only for PostgreSQL, only without a server": the discoverer reads the
/// concrete class's <see cref="RequiresEnvironmentAttribute"/> and skips with its message instead.
/// </summary>
[XunitTestCaseDiscoverer("Triangulate.Storage.Tests.Contract.StoreFactDiscoverer", "Triangulate.Storage.Tests")]
[AttributeUsage(AttributeTargets.Method)]
public sealed class StoreFactAttribute : FactAttribute;
