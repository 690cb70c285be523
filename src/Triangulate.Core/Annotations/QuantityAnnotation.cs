using Triangulate.Core.Model;

namespace Triangulate.Core.Annotations;

/// <summary>A number with what it counts. <see cref="Value"/> is normalised ("six" → 6, "$50 million" → 5e7).</summary>
public sealed record QuantityAnnotation(TextSpan Span, double Value, string? Unit = null, string? Qualifier = null, string? About = null) : IAnnotation;
