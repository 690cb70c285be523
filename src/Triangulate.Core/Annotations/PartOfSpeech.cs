using Triangulate.Core.Model;

namespace Triangulate.Core.Annotations;

/// <summary>The Penn Treebank part-of-speech tag of one token ("NN", "VBD"…); one per token, in token order.</summary>
public sealed record PartOfSpeech(TextSpan Span, string Tag) : IAnnotation;
