namespace Triangulate.Extraction.Html;

/// <summary>The fields of a page's schema.org Article (or NewsArticle, BlogPosting…) in JSON-LD.</summary>
internal sealed class JsonLdArticle
{
    public string? Headline { get; set; }

    public string? Body { get; set; }

    public List<string> Authors { get; } = [];

    public string? Published { get; set; }

    public string? Modified { get; set; }

    public string? Publisher { get; set; }

    public string? Url { get; set; }

    public string? Language { get; set; }
}
