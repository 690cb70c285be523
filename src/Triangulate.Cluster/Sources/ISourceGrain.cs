namespace Triangulate.Cluster.Sources;

/// <summary>One watched source (feed, sitemap, page), keyed by its address: polls it on an Orleans reminder and
/// appends what it lists to the ingest log. Orleans places each activation, so sources spread over the silos.</summary>
public interface ISourceGrain : IGrainWithStringKey
{
    /// <summary>Starts watching: registers the polling reminder (kept in PostgreSQL) and polls once now.</summary>
    Task<SourceStatus> WatchAsync();

    /// <summary>The source's health as last saved, and the silo this activation runs on.</summary>
    Task<SourceStatus> StatusAsync();
}
