using System.Text.Json.Serialization;
using Triangulate.Core.Dossier;

namespace Triangulate.Reports.Json;

/// <summary>Source-generated serialization metadata for the dossier (no reflection, trimming-safe).</summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    WriteIndented = true,
    Converters = [typeof(IsoDateTimeOffsetConverter)])]
[JsonSerializable(typeof(DossierDocument))]
internal sealed partial class DossierJsonContext : JsonSerializerContext;
