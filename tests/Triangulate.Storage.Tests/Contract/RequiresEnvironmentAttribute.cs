namespace Triangulate.Storage.Tests.Contract;

/// <summary>Marks a store test class whose <see cref="StoreFactAttribute"/> tests need an environment
/// variable (e.g. a server's connection string); they are skipped with a message when it is unset.</summary>
[AttributeUsage(AttributeTargets.Class)]
public sealed class RequiresEnvironmentAttribute(string variable) : Attribute
{
    public string Variable { get; } = variable;

    public static string? SkipReason(string variable) =>
        string.IsNullOrWhiteSpace(Environment.GetEnvironmentVariable(variable))
            ? $"skipped: set {variable} to run this test (see docs/storage.md and .ci/postgres.sh)"
            : null;
}
