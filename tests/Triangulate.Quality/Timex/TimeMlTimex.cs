namespace Triangulate.Quality.Timex;

/// <summary>A temporal expression as character offsets [Start, End) in a document's stripped text.</summary>
public sealed record TimeMlTimex(int Start, int End, string Type, string? Value);
