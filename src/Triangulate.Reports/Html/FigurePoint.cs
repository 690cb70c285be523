using Triangulate.Core.Dossier;

namespace Triangulate.Reports.Html;

/// <summary>One value of a figure track as the report draws it.</summary>
public sealed record FigurePoint(
    DateTimeOffset? AsOf, double Value, string Label, string? Bound, string? Step, string? Source, IReadOnlyList<string> ArticleIds,
    IReadOnlyList<Evidence> Evidence);
