namespace Triangulate.Reports.Html.Charts;

/// <summary>One report of a figure: when it held, its value, who said it (for the tooltip), how it relates to the
/// report before (<c>update</c>, <c>contradiction</c>, <c>compatible</c> or null) and where its text is.</summary>
public sealed record StepPoint(DateTimeOffset AsOf, double Value, string Label, string? Step, string? Href);
