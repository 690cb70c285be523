namespace Triangulate.Quality.Quotes;

/// <summary>A PolNeAR article: its text and the attributions of its first annotator (the rule in SOURCE.md).</summary>
public sealed record PolnearArticle(string Stem, string Text, IReadOnlyList<PolnearAttribution> Attributions);
