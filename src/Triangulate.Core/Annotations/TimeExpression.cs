using Triangulate.Core.Model;

namespace Triangulate.Core.Annotations;

/// <summary>
/// A TIMEX3-style temporal expression. <see cref="Type"/>: DATE | TIME | DURATION | SET;
/// <see cref="Value"/> the normalised value ("2025-09-06", "P4D"), null when it cannot be resolved;
/// <see cref="Precision"/>: day | month | year, for dates.
/// </summary>
public sealed record TimeExpression(TextSpan Span, string Type, string? Value, string? Precision = null, string? Anchor = null) : IAnnotation;
