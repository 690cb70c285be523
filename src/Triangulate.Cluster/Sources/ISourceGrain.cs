namespace Triangulate.Cluster.Sources;

/// <summary>One watched source (feed, sitemap, page), keyed by its address: polls it on an Orleans reminder and
/// appends what it lists to the ingest log. Orleans places each activation, so sources spread over the silos.</summary>
public interface ISourceGrain : IGrainWithStringKey
{
    /// <summary>Starts watching: registers the polling reminder (kept in PostgreSQL) and polls once now.</summary>
    Task<SourceStatus> WatchAsync();

    /// <summary>Stops watching: unregisters the polling reminder, removes the source from the store's watch tables
    /// (as <c>ISourceStore.RemoveSourceAsync</c>), and lets the activation go. False when the address was not watched
    /// (no reminder and no stored source).</summary>
    Task<bool> UnwatchAsync();

    /// <summary>The source's health as last saved, and the silo this activation runs on.</summary>
    Task<SourceStatus> StatusAsync();
}
