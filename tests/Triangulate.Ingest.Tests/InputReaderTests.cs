using System.Text;
using Triangulate.Core.Diagnostics;
using Triangulate.Core.Ingest;
using Triangulate.TestKit;

namespace Triangulate.Ingest.Tests;

public sealed class InputReaderTests
{
    [Fact]
    public async Task ReadAsync_PlainTextWithHeader_DocumentWithHints()
    {
        using var folder = new TempFolder();
        var path = folder.Write("story.txt", "Title: Talks\r\nURL: https://news.example/talks\r\n\r\nBody “quoted”.\r\n");

        var doc = Assert.Single((await Ingest.ReadAsync(path)).Documents());

        Assert.Equal(DocumentFormat.PlainText, doc.Format);
        Assert.Equal("Body “quoted”.\n", doc.Content);
        Assert.Equal("Talks", doc.Hints.Title);
        Assert.Equal("https://news.example/talks", doc.Locator);
        Assert.Equal(path, doc.Input);
    }

    [Fact]
    public async Task ReadAsync_PlainTextWithoutUrl_LocatorIsFileNameOnly()
    {
        using var folder = new TempFolder();
        var path = folder.Write("sub/story.txt", "Just a body.");

        var doc = Assert.Single((await Ingest.ReadAsync(path)).Documents());

        Assert.Equal("story.txt", doc.Locator);
    }

    [Fact]
    public async Task ReadAsync_MissingPath_Tri1001()
    {
        var items = await Ingest.ReadAsync("/definitely/not/here.txt");

        var diagnostic = Assert.Single(items.AllDiagnostics());
        Assert.Equal(ErrorCodes.InputNotFound, diagnostic.Code);
        Assert.Equal(DiagnosticLevel.Error, diagnostic.Level);
        Assert.Equal("/definitely/not/here.txt", diagnostic.Input);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   \n\t\r\n  ")]
    [InlineData("Title: Only a header\n\n   \n")]
    public async Task ReadAsync_EmptyOrWhitespaceFile_Tri1002(string content)
    {
        using var folder = new TempFolder();
        var path = folder.Write("empty.txt", content);

        var items = await Ingest.ReadAsync(path);

        Assert.Empty(items.Documents());
        Assert.Equal([ErrorCodes.EmptyInput], items.Codes());
    }

    [Fact]
    public async Task ReadAsync_BinaryRenamedTxt_Tri1003()
    {
        using var folder = new TempFolder();
        var bytes = new byte[4096];
        new Random(42).NextBytes(bytes);
        var path = folder.Write("photo.txt", bytes);

        var items = await Ingest.ReadAsync(path);

        Assert.Empty(items.Documents());
        Assert.Equal([ErrorCodes.BinaryInput], items.Codes());
    }

    [Fact]
    public async Task ReadAsync_InvalidUtf8Text_ReadAs1252WithTri1004Warning()
    {
        using var folder = new TempFolder();
        var path = folder.Write("old.txt", [.. "He said "u8, 0x93, .. "no"u8, 0x94, .. " in M"u8, 0xFC, .. "nchen."u8]);

        var item = Assert.Single(await Ingest.ReadAsync(path));

        Assert.Equal("He said “no” in München.", item.Document!.Content);
        var diagnostic = Assert.Single(item.Diagnostics);
        Assert.Equal(ErrorCodes.EncodingFallback, diagnostic.Code);
        Assert.Equal(DiagnosticLevel.Warning, diagnostic.Level);
    }

    [Fact]
    public async Task ReadAsync_Utf16TextWithBom_Decoded()
    {
        using var folder = new TempFolder();
        var path = folder.Write("u16.txt", [.. Encoding.Unicode.GetPreamble(), .. Encoding.Unicode.GetBytes("Title: Zürich\n\nKörper.")]);

        var doc = Assert.Single((await Ingest.ReadAsync(path)).Documents());

        Assert.Equal("Zürich", doc.Hints.Title);
        Assert.Equal("Körper.", doc.Content);
    }

    [Fact]
    public async Task ReadAsync_TextStartingWithBrace_ReadAsPlainText()
    {
        using var folder = new TempFolder();
        var path = folder.Write("note.txt", "{Editor's note: updated}\nBody of the story.");

        var doc = Assert.Single((await Ingest.ReadAsync(path)).Documents());

        Assert.Equal(DocumentFormat.PlainText, doc.Format);
        Assert.StartsWith("{Editor's note", doc.Content);
    }

    [Fact]
    public async Task ReadAsync_DecomposedText_ContentIsNfc()
    {
        using var folder = new TempFolder();
        var path = folder.Write("nfd.txt", "Nicola\u0301s Maduro");

        var doc = Assert.Single((await Ingest.ReadAsync(path)).Documents());

        Assert.Equal("Nicolás Maduro", doc.Content);
    }

    [Fact]
    public async Task ReadAsync_FiftyMegabyteSingleLineFile_Tri1005WithoutReadingIt()
    {
        using var folder = new TempFolder();
        var path = Path.Combine(folder.Root, "huge.txt");
        await using (var stream = File.Create(path))
        {
            var chunk = Enumerable.Repeat((byte)'a', 1 << 20).ToArray();
            for (var i = 0; i < 50; i++)
            {
                stream.Write(chunk);
            }
        }

        var items = await Ingest.ReadAsync(path);

        Assert.Empty(items.Documents());
        var diagnostic = Assert.Single(items.AllDiagnostics());
        Assert.Equal(ErrorCodes.InputTooLarge, diagnostic.Code);
        Assert.Contains("50 MiB", diagnostic.Message);
    }

    [Fact]
    public async Task ReadAsync_SameFileTwice_ReadOnceAndTri1008()
    {
        using var folder = new TempFolder();
        var path = folder.Write("a.txt", "Body.");
        var other = Path.Combine(folder.Root, ".", "a.txt");

        var items = await Ingest.ReadAsync(path, other, folder.Root);

        Assert.Single(items.Documents());
        Assert.Equal([ErrorCodes.DuplicateInput, ErrorCodes.DuplicateInput], items.Codes());
    }

    [Fact]
    public async Task ReadAsync_LockedFile_Tri1009()
    {
        using var folder = new TempFolder();
        var path = folder.Write("locked.txt", "Body.");
        List<IngestItem> items;
        using (new FileStream(path, FileMode.Open, FileAccess.ReadWrite, FileShare.None))
        {
            items = await Ingest.ReadAsync(path);
        }

        Assert.Equal([ErrorCodes.UnreadableInput], items.Codes());
    }

    [Theory]
    [InlineData("report.pdf", "%PDF-1.7\n%binary")]
    [InlineData("scan.docx", "PK\u0003\u0004whatever")]
    [InlineData("notes.txt", "%PDF-1.4\nrenamed pdf")]
    public async Task ReadAsync_UnsupportedFormat_Tri1010(string name, string content)
    {
        using var folder = new TempFolder();
        var path = folder.Write(name, content);

        var items = await Ingest.ReadAsync(path);

        Assert.Empty(items.Documents());
        var diagnostic = Assert.Single(items.AllDiagnostics());
        Assert.Equal(ErrorCodes.UnsupportedFormat, diagnostic.Code);
        Assert.Equal(DiagnosticLevel.Error, diagnostic.Level);
    }

    [Fact]
    public async Task ReadAsync_Folder_RecursiveOrdinalOrderHiddenSkipped()
    {
        using var folder = new TempFolder();
        folder.Write("b.txt", "B");
        folder.Write("a.txt", "A");
        folder.Write("Z.txt", "Z");
        folder.Write("sub/c.txt", "C");
        folder.Write("sub/deeper/d.txt", "D");
        folder.Write("a-sub/e.txt", "E");
        folder.Write(".hidden.txt", "hidden");
        folder.Write(".git/config.txt", "hidden too");

        var items = await Ingest.ReadAsync(folder.Root);

        Assert.Empty(items.AllDiagnostics());
        Assert.Equal(["Z", "A", "B", "E", "C", "D"], items.Documents().Select(d => d.Content));
        Assert.Equal(Path.Combine(folder.Root, "sub", "deeper", "d.txt"), items.Documents()[^1].Input);
    }

    [Fact]
    public async Task ReadAsync_FolderWithUnsupportedFile_WarningAndOthersRead()
    {
        using var folder = new TempFolder();
        folder.Write("a.txt", "A");
        folder.Write("b.png", [0x89, 0x50, 0x4E, 0x47, 0, 0, 0]);

        var items = await Ingest.ReadAsync(folder.Root);

        Assert.Single(items.Documents());
        var diagnostic = Assert.Single(items.AllDiagnostics());
        Assert.Equal(ErrorCodes.UnsupportedFormat, diagnostic.Code);
        Assert.Equal(DiagnosticLevel.Warning, diagnostic.Level);
    }

    [Fact]
    public async Task ReadAsync_Stdin_PlainTextWithHeader()
    {
        var options = new IngestOptions { Stdin = new StringReader("Outlet: Pipe News\n\nFrom stdin.") };

        var doc = Assert.Single((await Ingest.ReadAsync(options, "-")).Documents());

        Assert.Equal("From stdin.", doc.Content);
        Assert.Equal("Pipe News", doc.Hints.Outlet);
        Assert.Equal("-", doc.Input);
        Assert.Equal("stdin", doc.Locator);
    }

    [Fact]
    public async Task ReadAsync_StdinJsonLines_SniffedAndStreamed()
    {
        var options = new IngestOptions { Stdin = new StringReader("{\"text\":\"one\"}\n{\"text\":\"two\"}\n") };

        var items = await Ingest.ReadAsync(options, "-", "-");

        var docs = items.Documents();
        Assert.Equal(["one", "two"], docs.Select(d => d.Content));
        Assert.Equal("stdin:2", docs[1].Locator);
        Assert.Equal("-:2", docs[1].Input);
        Assert.Equal([ErrorCodes.DuplicateInput], items.Codes());
    }

    [Fact]
    public async Task ReadAsync_Cancelled_Throws()
    {
        using var folder = new TempFolder();
        var path = folder.Write("a.txt", "A");
        using var cts = new CancellationTokenSource();
        await cts.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(async () =>
        {
            await foreach (var item in new InputReader().ReadAsync([path], cts.Token))
            {
                Assert.NotNull(item);
            }
        });
    }

    [SharedDataFact("data/seeds")]
    public async Task ReadAsync_SeedsFolder_FivePlainTextDocumentsNoDiagnostics()
    {
        var seeds = SharedData.Path("data", "seeds")!;

        var items = await Ingest.ReadAsync(seeds);

        Assert.Empty(items.AllDiagnostics());
        var docs = items.Documents();
        Assert.Equal(5, docs.Count);
        Assert.All(docs, d => Assert.Equal(DocumentFormat.PlainText, d.Format));
        Assert.All(docs, d => Assert.Matches(@"^\d{3}_[0-9a-f]{16}\.txt$", d.Locator));
        Assert.All(docs, d => Assert.True(d.Content.Length > 500));
        Assert.Equal(docs.Select(d => d.Locator).Order(StringComparer.Ordinal), docs.Select(d => d.Locator));
    }

    [SharedDataFact("data/newsdocs/bbc-001.jsonl")]
    public async Task ReadAsync_NewsdocsJsonl_EveryLineReadWithOutletAlias()
    {
        var path = SharedData.Path("data", "newsdocs", "bbc-001.jsonl")!;

        var items = await Ingest.ReadAsync(path);

        // The one field the reader does not read ("category") is named once for the file.
        var unknown = Assert.Single(items.AllDiagnostics());
        Assert.Equal(ErrorCodes.UnknownFields, unknown.Code);
        Assert.Contains("category", unknown.Message, StringComparison.Ordinal);
        var docs = items.Documents();
        Assert.Equal(File.ReadLines(path).Count(l => l.Length > 0), docs.Count);
        Assert.All(docs, d => Assert.Equal("BBC News", d.Hints.Outlet));
        Assert.All(docs, d => Assert.StartsWith("bbc-", d.Hints.SourceId, StringComparison.Ordinal));
        Assert.StartsWith("bbc-001.jsonl#bbc-", docs[0].Locator);
    }
}
