using Triangulate.Core.Model;

namespace Triangulate.Core.Annotations;

/// <summary>
/// A measurement: a number with what it counts (docs/figures.md). <see cref="Value"/> is normalised ("six" → 6,
/// "$50 million" → 5e7). <see cref="Unit"/>: the counted noun's lemma, an ISO currency code, or "percent";
/// <see cref="Qualifier"/>: the wording of the bound (about | nearly | more than | less than | at least | at most |
/// exactly | vague | range); <see cref="About"/>: the predicate as written ("killed in the strike").
/// </summary>
public sealed record QuantityAnnotation(TextSpan Span, double Value, string? Unit = null, string? Qualifier = null, string? About = null) : IAnnotation
{
    /// <summary>What is counted: a <see cref="CountedKeys"/> key.</summary>
    public string Counted { get; init; } = CountedKeys.Other;

    /// <summary>A <see cref="Bounds"/> value, read from <see cref="Qualifier"/>.</summary>
    public string Bound => Bounds.FromQualifier(Qualifier);

    /// <summary>The upper end of a range ("10 to 15" → 15); null otherwise.</summary>
    public double? ValueMax { get; init; }

    /// <summary>The counted noun as written ("US citizens", "people"); null for a bare number.</summary>
    public string? Noun { get; init; }

    /// <summary>A place or sub-group the figure is restricted to ("Al Haouz province", "children", "serious condition"); null for the whole event.</summary>
    public string? Scope { get; init; }

    /// <summary>Who gave the figure ("police", "the fire service"); null when the outlet states it itself.</summary>
    public string? Source { get; init; }

    /// <summary>When the figure held: the time the text gives, else the article's publication time; null when neither is known.</summary>
    public DateTimeOffset? AsOf { get; init; }

    /// <summary>True when the value was read from wording rather than a number ("a man was killed" = 1, "no one was hurt" = 0).</summary>
    public bool Implicit { get; init; }
}
