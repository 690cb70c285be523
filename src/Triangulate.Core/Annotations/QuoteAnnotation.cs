using Triangulate.Core.Model;

namespace Triangulate.Core.Annotations;

/// <summary>
/// Reported speech. <see cref="Span"/> covers the quoted content; <see cref="Speaker"/> the words that
/// name the speaker in this article, when found. <see cref="Kind"/>: direct | partial | indirect.
/// </summary>
/// <param name="SpeakerName">The speaker's resolved name when known: a pronoun ("he") or a short form
/// ("Maduro", "the spokesperson") resolved to the fullest mention in the article ("Nicolás Maduro",
/// "White House spokesperson"). Null when no speaker was found.</param>
/// <param name="SpeakerAntecedent">Where <see cref="SpeakerName"/> was read from, when that differs from
/// <see cref="Speaker"/> (the antecedent of a pronoun, the earlier full name of a surname).</param>
public sealed record QuoteAnnotation(
    TextSpan Span,
    string Kind,
    TextSpan? Speaker = null,
    TextSpan? Cue = null,
    string? SpeakerName = null,
    TextSpan? SpeakerAntecedent = null) : IAnnotation;
