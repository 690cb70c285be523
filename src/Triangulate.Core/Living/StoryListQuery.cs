namespace Triangulate.Core.Living;

/// <summary>
/// Filters, order and page of the story list. <see cref="Sort"/>: <c>size</c> (biggest, then most recent),
/// <c>newest</c> (last article), <c>oldest</c> (first article), <c>updated</c> (last change). Outlet and
/// entity match a facet exactly or by prefix, case-insensitively.
/// </summary>
public sealed record StoryListQuery
{
    public DateTimeOffset? From { get; init; }
    public DateTimeOffset? To { get; init; }
    public DateTimeOffset? UpdatedSince { get; init; }
    public string? Outlet { get; init; }
    public string? Entity { get; init; }
    public string Sort { get; init; } = "size";
    public int Offset { get; init; }
    public int Limit { get; init; } = 20;
}
