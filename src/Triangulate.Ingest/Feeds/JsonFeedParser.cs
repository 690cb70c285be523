using System.Text.Json;
using Triangulate.Core.Ingest;
using Triangulate.Ingest.Listings;
using Triangulate.Ingest.Text;

namespace Triangulate.Ingest.Feeds;

/// <summary>
/// JSON Feed 1.0 and 1.1 (jsonfeed.org): items with <c>url</c> (or <c>external_url</c>), <c>title</c>,
/// <c>content_html</c> / <c>content_text</c> (content) or <c>summary</c>, <c>date_published</c>,
/// <c>date_modified</c>, and <c>authors</c> (1.1) or <c>author</c> (1.0). Items without an address are skipped
/// and reported; one bad item never costs the others.
/// </summary>
public static class JsonFeedParser
{
    /// <summary>A JSON object whose first kilobytes name a jsonfeed.org version.</summary>
    public static bool LooksLikeJsonFeed(ReadOnlySpan<char> head)
    {
        var window = head.Length > 4096 ? head[..4096] : head;
        return window.Contains("\"version\"", StringComparison.Ordinal) && window.Contains("jsonfeed.org/version", StringComparison.OrdinalIgnoreCase);
    }

    public static Listing? Parse(string json, Uri? baseUrl, out string? failure)
    {
        failure = null;
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(json, new JsonDocumentOptions { MaxDepth = 32, AllowTrailingCommas = true });
        }
        catch (JsonException ex)
        {
            failure = $"the JSON Feed is not valid JSON: {ex.Message}";
            return null;
        }

        using (document)
        {
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object || !root.TryGetProperty("items", out var items) || items.ValueKind != JsonValueKind.Array)
            {
                failure = "the JSON Feed has no \"items\" array";
                return null;
            }

            var entries = new List<ListingEntry>();
            var problems = new List<string>();
            var index = 0;
            foreach (var item in items.EnumerateArray())
            {
                index++;
                if (entries.Count >= Listing.MaxEntries)
                {
                    break;
                }

                if (Entry(item, baseUrl) is { } entry)
                {
                    entries.Add(entry);
                }
                else
                {
                    problems.Add($"JSON Feed item {index} has no usable url");
                }
            }

            return new Listing(ListingKind.Feed, FeedTitle.ToOutlet(String(root, "title")), entries, problems);
        }
    }

    private static ListingEntry? Entry(JsonElement item, Uri? baseUrl)
    {
        if (item.ValueKind != JsonValueKind.Object
            || (ListingReader.Absolute(String(item, "url") ?? String(item, "external_url"), baseUrl) ?? ListingReader.Absolute(String(item, "id"), null)) is not { } url)
        {
            return null;
        }

        var (body, format, isSummary) = Body(item);
        return new ListingEntry(url, String(item, "title"), DateParsing.Parse(String(item, "date_published")),
            DateParsing.Parse(String(item, "date_modified")), Author(item), body is null ? null : TextNormalizer.Normalize(body), format, isSummary);
    }

    private static (string? Body, DocumentFormat Format, bool IsSummary) Body(JsonElement item)
    {
        if (String(item, "content_html") is { } html)
        {
            return (html, DocumentFormat.Html, false);
        }

        if (String(item, "content_text") is { } text)
        {
            return (text, DocumentFormat.PlainText, false);
        }

        return (String(item, "summary"), DocumentFormat.PlainText, true);
    }

    private static string? Author(JsonElement item)
    {
        if (item.TryGetProperty("authors", out var authors) && authors.ValueKind == JsonValueKind.Array)
        {
            var names = authors.EnumerateArray().Select(a => a.ValueKind == JsonValueKind.Object ? String(a, "name") : null).OfType<string>().ToList();
            return names.Count == 0 ? null : string.Join(", ", names);
        }

        return item.TryGetProperty("author", out var author) && author.ValueKind == JsonValueKind.Object ? String(author, "name") : null;
    }

    private static string? String(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String && !string.IsNullOrWhiteSpace(value.GetString())
            ? value.GetString()!.Trim()
            : null;
}
