using Triangulate.Extraction.Html;

namespace Triangulate.Extraction.Tests.Fakes;

/// <summary>Returns a fixed extraction and records what it was asked, so tests can check the dispatch.</summary>
internal sealed class FakeHtmlExtractor(HtmlExtraction result) : IHtmlExtractor
{
    public int Calls { get; private set; }
    public string? LastUrl { get; private set; }

    public static HtmlExtraction Page(string text) => new(text, null, null, null, null, null, null, null, []);

    public HtmlExtraction Extract(string html, string? url, CancellationToken cancellationToken)
    {
        Calls++;
        LastUrl = url;
        return result;
    }
}
