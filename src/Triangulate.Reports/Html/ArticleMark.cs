namespace Triangulate.Reports.Html;

/// <summary>A highlighted range of an article's text that evidence points at; <see cref="Id"/> is its anchor.</summary>
public sealed record ArticleMark(string Id, int Start, int End);
