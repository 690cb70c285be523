using Triangulate.Core.Model;

namespace Triangulate.Core.Annotations;

/// <summary>A sentence; its span excludes surrounding white space.</summary>
public sealed record Sentence(TextSpan Span) : IAnnotation;
