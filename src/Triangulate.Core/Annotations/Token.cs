using Triangulate.Core.Model;

namespace Triangulate.Core.Annotations;

/// <summary>A word, number or punctuation mark.</summary>
public sealed record Token(TextSpan Span) : IAnnotation;
