namespace Triangulate.Ingest.Sources;

/// <summary>One input being read.</summary>
/// <param name="Input">The path as the user gave it (or found under a folder they gave), "-" for stdin.</param>
/// <param name="Name">The file name alone, the machine-independent part of a locator ("stdin" for stdin).</param>
/// <param name="FromFolder">Found by walking a folder rather than named by the user.</param>
internal sealed record SourceInfo(string Input, string Name, bool FromFolder)
{
    /// <summary>The lower-case extension, looking through ".gz" (so "a.html.gz" gives ".html").</summary>
    public string Extension
    {
        get
        {
            var name = Name.EndsWith(".gz", StringComparison.OrdinalIgnoreCase) ? Name[..^3] : Name;
            return Path.GetExtension(name).ToLowerInvariant();
        }
    }

    /// <summary>The locator of a document: its URL when known, else the file name plus a record suffix.</summary>
    public string Locator(string? url, string suffix = "") =>
        url is not null && Feeds.FeedEntryParser.IsHttpUrl(url.Trim()) ? url.Trim() : Name + suffix;
}
