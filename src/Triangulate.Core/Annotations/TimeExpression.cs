using Triangulate.Core.Model;

namespace Triangulate.Core.Annotations;

/// <summary>
/// A TIMEX3-style temporal expression. <see cref="Type"/>: DATE | TIME | DURATION | SET;
/// <see cref="Value"/> the normalised value ("2025-09-06", "P4D"), null when it cannot be resolved;
/// <see cref="Precision"/>: day | month | year, for dates.
/// <see cref="Anchor"/>: the value of the date in the text the expression was resolved against ("eight days
/// earlier" after "September 6"), null when resolved against the publication date or not at all, with
/// <see cref="AnchorSpan"/> pointing at that date. <see cref="Mod"/>: TIMEX3 mod (START, END, MID, APPROX,
/// MORE_THAN, LESS_THAN, EQUAL_OR_MORE, EQUAL_OR_LESS). For a duration tied to an event ("four days after a
/// US strike" with the sentence's "dated September 6"), <see cref="EventValue"/> is the date the text implies
/// for the event named at <see cref="EventSpan"/> (the strike: 2025-09-02).
/// </summary>
public sealed record TimeExpression(
    TextSpan Span,
    string Type,
    string? Value,
    string? Precision = null,
    string? Anchor = null,
    string? Mod = null,
    TextSpan? AnchorSpan = null,
    string? EventValue = null,
    TextSpan? EventSpan = null) : IAnnotation;
