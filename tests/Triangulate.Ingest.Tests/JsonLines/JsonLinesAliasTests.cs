using Triangulate.Core.Diagnostics;
using Triangulate.Core.Ingest;

namespace Triangulate.Ingest.Tests.JsonLines;

/// <summary>The other names datasets give the JSON Lines fields ("date", "pubDate", "link", "source", "site", …).</summary>
public sealed class JsonLinesAliasTests
{
    private static async Task<RawDocument> ReadOne(string json)
    {
        using var folder = new TempFolder();
        var path = folder.Write("a.jsonl", json + "\n");
        return Assert.Single((await Ingest.ReadAsync(path)).Documents());
    }

    [Theory]
    [InlineData("date", "2010-07-02")]
    [InlineData("published_at", "2010-07-02T00:00:00Z")]
    [InlineData("pubDate", "Fri, 02 Jul 2010 00:00:00 GMT")]
    [InlineData("publishedAt", "2010-07-02T00:00:00Z")]
    [InlineData("date_publish", "2010-07-02 00:00:00")]
    [InlineData("PUBDATE", "2010-07-02")]
    public async Task ReadAsync_DateUnderAnotherName_Published(string name, string value)
    {
        var doc = await ReadOne($"{{\"text\": \"Body.\", \"{name}\": \"{value}\"}}");

        Assert.Equal(new DateTimeOffset(2010, 7, 2, 0, 0, 0, TimeSpan.Zero), doc.Hints.Published);
    }

    [Theory]
    [InlineData("link")]
    [InlineData("uri")]
    [InlineData("canonical_url")]
    public async Task ReadAsync_UrlUnderAnotherName_Url(string name)
    {
        var doc = await ReadOne($"{{\"text\": \"Body.\", \"{name}\": \"https://example.com/a\"}}");

        Assert.Equal("https://example.com/a", doc.Hints.Url);
    }

    [Theory]
    [InlineData("{\"text\": \"Body.\", \"source\": \"fox\"}", "fox")]
    [InlineData("{\"text\": \"Body.\", \"site\": \"Daily Ledger\"}", "Daily Ledger")]
    [InlineData("{\"text\": \"Body.\", \"source\": {\"id\": \"cnn\", \"name\": \"CNN\"}}", "CNN")]
    [InlineData("{\"text\": \"Body.\", \"source\": \"Wire\", \"outlet\": \"Own Name\"}", "Own Name")]
    public async Task ReadAsync_OutletUnderAnotherName_OwnNameFirst(string json, string outlet)
    {
        Assert.Equal(outlet, (await ReadOne(json)).Hints.Outlet);
    }

    [Fact]
    public async Task ReadAsync_AuthorsList_BylineJoined()
    {
        var doc = await ReadOne("{\"maintext\": \"Body.\", \"authors\": [\"Ana Duarte\", \"Paul Reyes\"], \"headline\": \"H\", \"lang\": \"pt-BR\"}");

        Assert.Equal("Ana Duarte, Paul Reyes", doc.Hints.Byline);
        Assert.Equal("H", doc.Hints.Title);
        Assert.Equal("pt-BR", doc.Hints.Language);
        Assert.Equal("Body.", doc.Content);
    }

    [Fact]
    public async Task ReadAsync_UnixTimestamp_Published()
    {
        var doc = await ReadOne("{\"text\": \"Body.\", \"timestamp\": 1278028800}");

        Assert.Equal(new DateTimeOffset(2010, 7, 2, 0, 0, 0, TimeSpan.Zero), doc.Hints.Published);
    }

    [Fact]
    public async Task ReadAsync_BodyUnderAnotherNameHoldingMarkup_ReadAsHtml()
    {
        var doc = await ReadOne("{\"content\": \"<p>Body <b>bold</b></p>\"}");

        Assert.Equal(DocumentFormat.Html, doc.Format);
    }

    [Fact]
    public async Task ReadAsync_TextAndBody_TextWins()
    {
        Assert.Equal("Own text.", (await ReadOne("{\"body\": \"Other.\", \"text\": \"Own text.\"}")).Content);
    }

    [Fact]
    public async Task ReadAsync_UnknownFieldsOnManyLines_OneWarningForTheFile()
    {
        using var folder = new TempFolder();
        var path = folder.Write("b.jsonl", "{\"text\": \"One.\", \"cluster\": \"c1\", \"split\": \"dev\"}\n{\"text\": \"Two.\", \"cluster\": \"c2\", \"main_event\": \"x\"}\n");

        var items = await Ingest.ReadAsync(path);

        Assert.Equal(2, items.Documents().Count);
        var warning = Assert.Single(items.AllDiagnostics());
        Assert.Equal(ErrorCodes.UnknownFields, warning.Code);
        Assert.Equal(DiagnosticLevel.Warning, warning.Level);
        Assert.Equal(path, warning.Input);
        Assert.Contains("cluster, main_event, split", warning.Message, StringComparison.Ordinal);
    }
}
