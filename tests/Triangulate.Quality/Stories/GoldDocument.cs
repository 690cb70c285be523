namespace Triangulate.Quality.Stories;

/// <summary>
/// One labelled article of a story-clustering set (../shared/data/stories, the dated `counts` incidents, the
/// AEB pages). <paramref name="Outlet"/> is the site (URL host or outlet name) where a set gives one: the
/// furniture checks pair articles of one site.
/// </summary>
public sealed record GoldDocument(string Id, string Cluster, string Split, string? Title, string Text, DateTimeOffset? Published, string? Outlet = null);
