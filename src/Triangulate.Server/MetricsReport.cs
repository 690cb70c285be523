namespace Triangulate.Server;

/// <summary>The counters since start.</summary>
public sealed record MetricsReport(long UptimeSeconds, long Requests, long ClientErrors, long ServerErrors, long Ingests, long ArticlesAdded, long Searches, long StoryReads, long ArticleReads);
