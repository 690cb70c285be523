using System.Text.Json.Serialization;
using Triangulate.Core.Storage;

namespace Triangulate.Storage;

/// <summary>Source-generated JSON for a revision's changes column.</summary>
[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase, DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(RevisionChange[]))]
internal sealed partial class WatchJsonContext : JsonSerializerContext
{
    public static string Write(IReadOnlyList<RevisionChange> changes) =>
        System.Text.Json.JsonSerializer.Serialize(changes as RevisionChange[] ?? [.. changes], Default.RevisionChangeArray);

    public static RevisionChange[] Read(string json) =>
        System.Text.Json.JsonSerializer.Deserialize(json, Default.RevisionChangeArray) ?? [];
}
