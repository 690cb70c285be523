using System.Text;
using Triangulate.Core.Diagnostics;
using Triangulate.Core.Ingest;

namespace Triangulate.Ingest.Tests.JsonLines;

public sealed class JsonLinesReaderTests
{
    [Fact]
    public async Task ReadAsync_GoodLines_DocumentsWithHints()
    {
        using var folder = new TempFolder();
        var path = folder.Write("a.jsonl", """
            {"id": "r-1", "source": "Reuters", "title": "Cocoa", "published": "1987-02-26T15:01:01", "text": "Showers continued.\r\nMore text.", "topics": ["cocoa"], "extra": {"nested": [1, 2]}}
            {"outlet": "Example", "url": "https://example.com/x", "byline": "B. Writer", "text": "Second."}

            {"text": "Third, without id."}
            """);

        var items = await Ingest.ReadAsync(path);

        // Only the fields the reader does not read are reported, once for the file.
        var unknown = Assert.Single(items.AllDiagnostics());
        Assert.Equal(ErrorCodes.UnknownFields, unknown.Code);
        Assert.Contains("extra, topics", unknown.Message, StringComparison.Ordinal);
        var docs = items.Documents();
        Assert.Equal(3, docs.Count);
        Assert.Equal("r-1", docs[0].Hints.SourceId);
        Assert.Null(docs[1].Hints.SourceId);
        Assert.Equal("Showers continued.\nMore text.", docs[0].Content);
        Assert.Equal("Reuters", docs[0].Hints.Outlet);
        Assert.Equal("Cocoa", docs[0].Hints.Title);
        Assert.Equal(new DateTimeOffset(1987, 2, 26, 15, 1, 1, TimeSpan.Zero), docs[0].Hints.Published);
        Assert.Equal("a.jsonl#r-1", docs[0].Locator);
        Assert.Equal(path + ":1", docs[0].Input);
        Assert.Equal("https://example.com/x", docs[1].Locator);
        Assert.Equal("Example", docs[1].Hints.Outlet);
        Assert.Equal("B. Writer", docs[1].Hints.Byline);
        Assert.Equal("a.jsonl:4", docs[2].Locator);
        Assert.Equal(path + ":4", docs[2].Input);
        Assert.All(docs, d => Assert.Equal(DocumentFormat.PlainText, d.Format));
    }

    [Fact]
    public async Task ReadAsync_HtmlField_HtmlDocument()
    {
        using var folder = new TempFolder();
        var path = folder.Write("h.jsonl", "{\"id\":\"h1\",\"html\":\"<p>Body <b>bold</b></p>\"}\n");

        var doc = Assert.Single((await Ingest.ReadAsync(path)).Documents());

        Assert.Equal(DocumentFormat.Html, doc.Format);
        Assert.Equal("<p>Body <b>bold</b></p>", doc.Content);
    }

    [Fact]
    public async Task ReadAsync_MalformedLineAmongGood_Tri1006WithLineNumberAndRestRead()
    {
        using var folder = new TempFolder();
        var path = folder.Write("mixed.jsonl", "{\"text\":\"one\"}\n{\"text\": \"two\", oops}\n{\"title\":\"no body\"}\n{\"text\": 42}\n{\"text\":\"five\"}\n");

        var items = await Ingest.ReadAsync(path);

        Assert.Equal(["one", "five"], items.Documents().Select(d => d.Content));
        var diagnostics = items.AllDiagnostics();
        Assert.Equal(3, diagnostics.Count);
        Assert.All(diagnostics, d => Assert.Equal(ErrorCodes.MalformedJsonLine, d.Code));
        Assert.Equal([path + ":2", path + ":3", path + ":4"], diagnostics.Select(d => d.Input));
        Assert.Contains("line 2", diagnostics[0].Message);
    }

    [Fact]
    public async Task ReadAsync_EmptyText_Tri1002ForThatLine()
    {
        using var folder = new TempFolder();
        var path = folder.Write("e.jsonl", "{\"text\":\"  \"}\n{\"text\":\"ok\"}\n");

        var items = await Ingest.ReadAsync(path);

        Assert.Single(items.Documents());
        Assert.Equal([ErrorCodes.EmptyInput], items.Codes());
    }

    [Fact]
    public async Task ReadAsync_LineOverRecordLimit_Tri1005AndNextLineRead()
    {
        using var folder = new TempFolder();
        var big = "{\"text\":\"" + new string('x', 300_000) + "\"}";
        var path = folder.Write("big.jsonl", big + "\n{\"text\":\"after\"}\n");

        var items = await Ingest.ReadAsync(new IngestOptions { MaxRecordBytes = 100_000 }, path);

        Assert.Equal(["after"], items.Documents().Select(d => d.Content));
        var diagnostic = Assert.Single(items.AllDiagnostics());
        Assert.Equal(ErrorCodes.InputTooLarge, diagnostic.Code);
        Assert.Equal(path + ":1", diagnostic.Input);
    }

    [Fact]
    public async Task ReadAsync_FiftyMegabyteSingleJsonLine_Tri1005WithoutLoadingIt()
    {
        using var folder = new TempFolder();
        var path = Path.Combine(folder.Root, "huge.jsonl");
        await using (var stream = File.Create(path))
        {
            stream.Write("{\"text\":\""u8);
            var chunk = Enumerable.Repeat((byte)'a', 1 << 20).ToArray();
            for (var i = 0; i < 50; i++)
            {
                stream.Write(chunk);
            }

            stream.Write("\"}"u8);
        }

        var items = await Ingest.ReadAsync(path);

        Assert.Empty(items.Documents());
        Assert.Equal([ErrorCodes.InputTooLarge], items.Codes());
    }

    [Fact]
    public async Task ReadAsync_Utf16JsonLines_Decoded()
    {
        using var folder = new TempFolder();
        var bytes = Encoding.Unicode.GetPreamble().Concat(Encoding.Unicode.GetBytes("{\"text\":\"Zürich\"}\n{\"text\":\"two\"}\n")).ToArray();
        var path = folder.Write("u16.jsonl", bytes);

        var docs = (await Ingest.ReadAsync(path)).Documents();

        Assert.Equal(["Zürich", "two"], docs.Select(d => d.Content));
    }

    [Fact]
    public async Task ReadAsync_JsonLinesSavedAsTxt_SniffedAsJsonLines()
    {
        using var folder = new TempFolder();
        var path = folder.Write("export.txt", "{\"text\":\"one\"}\n{\"text\":\"two\"}\n");

        var docs = (await Ingest.ReadAsync(path)).Documents();

        Assert.Equal(2, docs.Count);
        Assert.Equal("export.txt:2", docs[1].Locator);
    }
}
