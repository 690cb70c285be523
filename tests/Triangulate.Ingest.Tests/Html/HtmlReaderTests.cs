using System.IO.Compression;
using System.Text;
using Triangulate.Core.Diagnostics;
using Triangulate.Core.Ingest;

namespace Triangulate.Ingest.Tests.Html;

public sealed class HtmlReaderTests
{
    static HtmlReaderTests() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    [Fact]
    public async Task ReadAsync_Utf8Html_HtmlDocumentUnchangedMarkup()
    {
        using var folder = new TempFolder();
        var path = folder.Write("page.html", "<!DOCTYPE html>\r\n<html><head><title>T</title></head><body><p>“Hi”</p></body></html>");

        var items = await Ingest.ReadAsync(path);

        Assert.Empty(items.AllDiagnostics());
        var doc = Assert.Single(items.Documents());
        Assert.Equal(DocumentFormat.Html, doc.Format);
        Assert.Equal("page.html", doc.Locator);
        Assert.Equal("<!DOCTYPE html>\n<html><head><title>T</title></head><body><p>“Hi”</p></body></html>", doc.Content);
    }

    [Fact]
    public async Task ReadAsync_MetaCharsetLatin1_DecodedAs1252WithoutWarning()
    {
        using var folder = new TempFolder();
        var html = "<html><head><meta charset=\"iso-8859-1\"></head><body><p>Caf\u00E9 \u201Cok\u201D</p></body></html>";
        var path = folder.Write("latin.htm", Encoding.GetEncoding(1252).GetBytes(html));

        var items = await Ingest.ReadAsync(path);

        Assert.Empty(items.AllDiagnostics());
        Assert.Contains("Café “ok”", Assert.Single(items.Documents()).Content);
    }

    [Fact]
    public async Task ReadAsync_HttpEquivCharset_Used()
    {
        using var folder = new TempFolder();
        var html = "<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=windows-1251\"></head><body>Москва</body></html>";
        var path = folder.Write("ru.html", Encoding.GetEncoding(1251).GetBytes(html));

        var doc = Assert.Single((await Ingest.ReadAsync(path)).Documents());

        Assert.Contains("Москва", doc.Content);
    }

    [Fact]
    public async Task ReadAsync_InvalidUtf8WithoutCharset_FallbackWithTri1004()
    {
        using var folder = new TempFolder();
        byte[] bytes = [.. "<html><body><p>"u8, 0x93, (byte)'x', 0x94, .. "</p></body></html>"u8];
        var path = folder.Write("bad.html", bytes);

        var items = await Ingest.ReadAsync(path);

        var item = Assert.Single(items);
        Assert.Contains("“x”", item.Document!.Content);
        Assert.Equal(ErrorCodes.EncodingFallback, Assert.Single(item.Diagnostics).Code);
    }

    [Fact]
    public async Task ReadAsync_HtmlGz_Decompressed()
    {
        using var folder = new TempFolder();
        var path = folder.Write("page.html.gz", Gzip("<html><body><p>Zipped page</p></body></html>"));

        var doc = Assert.Single((await Ingest.ReadAsync(path)).Documents());

        Assert.Equal(DocumentFormat.Html, doc.Format);
        Assert.Equal("page.html", doc.Locator);
        Assert.Contains("Zipped page", doc.Content);
    }

    [Fact]
    public async Task ReadAsync_GzipExpandingPastLimit_Tri1005()
    {
        using var folder = new TempFolder();
        var path = folder.Write("bomb.htm.gz", Gzip("<html><body>" + new string(' ', 2_000_000) + "</body></html>"));

        var items = await Ingest.ReadAsync(new IngestOptions { MaxFileBytes = 1_000_000 }, path);

        Assert.Equal([ErrorCodes.InputTooLarge], items.Codes());
    }

    [Fact]
    public async Task ReadAsync_HtmlSavedAsTxt_SniffedAsHtml()
    {
        using var folder = new TempFolder();
        var path = folder.Write("saved.txt", "<div><p>One</p><p>Two</p><p>Three</p><span>x</span></div>");

        var doc = Assert.Single((await Ingest.ReadAsync(path)).Documents());

        Assert.Equal(DocumentFormat.Html, doc.Format);
    }

    private static byte[] Gzip(string text)
    {
        using var output = new MemoryStream();
        using (var gzip = new GZipStream(output, CompressionLevel.Fastest))
        {
            gzip.Write(Encoding.UTF8.GetBytes(text));
        }

        return output.ToArray();
    }
}
