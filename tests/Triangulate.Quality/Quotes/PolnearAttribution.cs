using Triangulate.Core.Model;

namespace Triangulate.Quality.Quotes;

/// <summary>One gold attribution of PolNeAR: content, cue and source, each a list of fragments (source empty when none).</summary>
public sealed record PolnearAttribution(IReadOnlyList<TextSpan> Content, IReadOnlyList<TextSpan> Cue, IReadOnlyList<TextSpan> Source, bool IsDirect);
