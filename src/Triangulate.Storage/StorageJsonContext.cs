using System.Text.Json.Serialization;
using Triangulate.Core.Model;

namespace Triangulate.Storage;

/// <summary>Source-generated JSON for the list columns (credited sources, removed text): no reflection at run time.</summary>
[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase)]
[JsonSerializable(typeof(string[]))]
[JsonSerializable(typeof(RemovedText[]))]
internal sealed partial class StorageJsonContext : JsonSerializerContext;
