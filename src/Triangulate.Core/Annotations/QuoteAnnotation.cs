using Triangulate.Core.Model;

namespace Triangulate.Core.Annotations;

/// <summary>
/// Reported speech. <see cref="Span"/> covers the quoted content; <see cref="Speaker"/> the words that
/// name the speaker in this article, when found. <see cref="Kind"/>: direct | partial | indirect.
/// </summary>
public sealed record QuoteAnnotation(TextSpan Span, string Kind, TextSpan? Speaker = null, TextSpan? Cue = null) : IAnnotation;
