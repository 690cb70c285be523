namespace Triangulate.Server.Api;

/// <summary>One annotation for display: its layer (entities, quotes, dates, quantities), span in UTF-16 units, the text under it and a label.</summary>
public sealed record AnnotationSpan(string Layer, int Start, int Length, string Text, string Label);
