namespace Triangulate.Ingest.Listings;

/// <summary>What kind of list of articles (or of other lists) a document is.</summary>
public enum ListingKind
{
    /// <summary>RSS 2.0, RSS 1.0 (RDF), Atom or JSON Feed: entries are articles, perhaps with their content.</summary>
    Feed,

    /// <summary>A sitemap or news sitemap: entries are article pages.</summary>
    Sitemap,

    /// <summary>A sitemap index: entries are sitemaps.</summary>
    SitemapIndex,

    /// <summary>An OPML outline: entries are feeds.</summary>
    Opml,

    /// <summary>A plain list of addresses, one per line: entries may be pages, feeds or sitemaps.</summary>
    UrlList,
}
