using System.Text;
using Triangulate.Core.Model;
using Triangulate.Storage.Sqlite;
using Xunit.Abstractions;

namespace Triangulate.Storage.Tests.Sqlite;

/// <summary>Guards the disk cost per article: the FTS index is external-content, so the text is stored
/// once; a change that stored it twice (or indexed it twice) would roughly add one text size per article.</summary>
public sealed class SqliteStoreSizeTests(ITestOutputHelper output) : IDisposable
{
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public async Task AddAsync_ThreeKilobyteArticles_FileStaysUnderThreeTimesText()
    {
        var path = _folder.File("size.db");
        var articles = SyntheticArticles(400, 3000);
        var textBytes = articles.Sum(a => (long)Encoding.UTF8.GetByteCount(a.Text));
        await using (var store = await SqliteArticleStore.OpenAsync(path))
        {
            await store.AddAsync(articles);
        }

        var fileBytes = new FileInfo(path).Length;
        var ratio = fileBytes / (double)textBytes;
        output.WriteLine($"{fileBytes / articles.Length} bytes per article on disk for {textBytes / articles.Length} bytes of UTF-8 text (x{ratio:F2})");

        Assert.False(File.Exists(path + "-wal"), "closing the store should checkpoint and remove the WAL");
        Assert.InRange(ratio, 1.0, 3.0);
    }

    /// <summary>Text of random words from a 20 000-word vocabulary with a skewed (Zipf-like) frequency,
    /// so the index sees both common and rare words as in news text.</summary>
    private static Article[] SyntheticArticles(int count, int chars)
    {
        var random = new Random(42);
        var vocabulary = new string[20_000];
        for (var i = 0; i < vocabulary.Length; i++)
        {
            var word = new char[3 + random.Next(8)];
            for (var j = 0; j < word.Length; j++)
            {
                word[j] = (char)('a' + random.Next(26));
            }

            vocabulary[i] = new string(word);
        }

        var articles = new Article[count];
        for (var i = 0; i < count; i++)
        {
            var text = new StringBuilder();
            while (text.Length < chars)
            {
                text.Append(vocabulary[(int)(Math.Pow(random.NextDouble(), 3) * vocabulary.Length)]).Append(random.Next(12) == 0 ? ". " : " ");
            }

            articles[i] = Contract.TestArticles.Make($"synthetic {i}", text.ToString());
        }

        return articles;
    }
}
