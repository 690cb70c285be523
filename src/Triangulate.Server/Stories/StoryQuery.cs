namespace Triangulate.Server.Stories;

/// <summary>Filters, order and page of the story list. <see cref="Sort"/>: <c>size</c> (default: biggest, then newest), <c>newest</c>, <c>oldest</c>.</summary>
public sealed record StoryQuery(DateTimeOffset? From, DateTimeOffset? To, string? Outlet, string? Entity, string? Sort, int Page, int PageSize)
{
    public const int MaxPageSize = 100;
}
