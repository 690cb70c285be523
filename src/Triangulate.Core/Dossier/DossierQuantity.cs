using System.Text.Json.Serialization;

namespace Triangulate.Core.Dossier;

/// <summary>
/// A measurement (docs/figures.md): one figure one article states, with what it counts, its bound, scope, source and
/// the time it held. <see cref="Unit"/> and <see cref="About"/> keep the words as written.
/// </summary>
public sealed class DossierQuantity
{
    public double Value { get; init; }
    public string? Unit { get; init; }
    public string? About { get; init; }
    public List<Evidence> Evidence { get; init; } = [];

    /// <summary>The counted-thing key (Core.Annotations.CountedKeys): deaths, injured, missing, aboard, money, age, other….</summary>
    public string Counted { get; init; } = "other";

    /// <summary>exact | atLeast | moreThan | about | upTo | range.</summary>
    public string Bound { get; init; } = "exact";

    /// <summary>The upper end of a range.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public double? ValueMax { get; init; }

    /// <summary>The place or sub-group the figure is restricted to; null for the whole event.</summary>
    public string? Scope { get; init; }

    /// <summary>Who gave the figure; null when the outlet states it itself.</summary>
    public string? Source { get; init; }

    /// <summary>When the figure held: the time the text gives, else the article's publication time.</summary>
    public DateTimeOffset? AsOf { get; init; }

    public string? ArticleId { get; init; }

    /// <summary>True when the text implies the figure rather than stating a number ("a man was killed" = 1).</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingDefault)]
    public bool Implied { get; init; }
}
