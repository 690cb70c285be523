using System.Text.Json.Serialization;

namespace Triangulate.Core.Dossier;

/// <summary>A sentence (or the headline) that changed between two revisions: <c>op</c> changed | added | removed | title,
/// <c>aspects</c> figure | quote | attribution when the change touches them, and the sentence on each side.</summary>
public sealed class DossierRevisionChange
{
    public required string Op { get; init; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public List<string>? Aspects { get; init; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public Evidence? Before { get; init; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public Evidence? After { get; init; }
}
