namespace Triangulate.Ingest.JsonLines;

/// <summary>
/// The JSON Lines fields the reader understands, under the names common news datasets and APIs give them
/// (news-please, NewsAPI, trafilatura, Common Crawl news extracts, the data sets in ../shared): "date",
/// "published_at", "pubDate", "link", "source", "site" and others. Names compare without regard to case. When a
/// record has several names for one field, the one listed first here wins ("text" over "body"). The table is
/// documented in README.md (Inputs) and docs/errors.md (TRI1013).
/// </summary>
internal static class JsonLineFields
{
    private static readonly (JsonLineField Field, string[] Names)[] Table =
    [
        (JsonLineField.Text, ["text", "body", "content", "maintext", "article", "article_text", "articleBody", "full_text", "fulltext"]),
        (JsonLineField.Html, ["html", "raw_html", "body_html", "content_html"]),
        (JsonLineField.Id, ["id", "_id", "doc_id", "docid", "article_id", "uuid", "guid"]),
        (JsonLineField.Title, ["title", "headline"]),
        (JsonLineField.Outlet, ["outlet", "source", "site", "site_name", "sitename", "publisher", "source_name", "source_domain", "publication", "media", "newspaper"]),
        (JsonLineField.Url, ["url", "link", "href", "uri", "canonical_url", "source_url", "article_url", "web_url"]),
        (JsonLineField.Published,
        [
            "published", "date", "published_at", "publishedAt", "pubDate", "pub_date", "publish_date", "date_publish", "datePublished",
            "published_date", "publication_date", "date_published", "datetime", "timestamp",
        ]),
        (JsonLineField.Byline, ["byline", "author", "authors", "creator", "writer"]),
        (JsonLineField.Language, ["language", "lang", "language_code"]),
    ];

    private static readonly Dictionary<string, (JsonLineField Field, int Rank)> ByName = Build();

    /// <summary>Looks names up from the reader's span without allocating a string.</summary>
    public static readonly Dictionary<string, (JsonLineField Field, int Rank)>.AlternateLookup<ReadOnlySpan<char>> Lookup =
        ByName.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>Every accepted name, by field, for documentation and messages.</summary>
    public static IEnumerable<(JsonLineField Field, IReadOnlyList<string> Names)> All => Table.Select(t => (t.Field, (IReadOnlyList<string>)t.Names));

    private static Dictionary<string, (JsonLineField, int)> Build()
    {
        var byName = new Dictionary<string, (JsonLineField, int)>(StringComparer.OrdinalIgnoreCase);
        foreach (var (field, names) in Table)
        {
            for (var i = 0; i < names.Length; i++)
            {
                byName.Add(names[i], (field, i));
            }
        }

        return byName;
    }
}
