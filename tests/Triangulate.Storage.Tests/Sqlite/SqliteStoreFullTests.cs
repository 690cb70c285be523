using Triangulate.Core.Diagnostics;
using Triangulate.Core.Model;
using Triangulate.Core.Storage;
using Triangulate.Storage.Sqlite;
using Triangulate.Storage.Tests.Contract;
using static Triangulate.Storage.Tests.Sqlite.SqliteArticleStoreTests;

namespace Triangulate.Storage.Tests.Sqlite;

/// <summary>
/// Issue #19, storage faults: the database runs out of room part-way through an ingest (simulated with SQLite's
/// max_page_count, which fails writes exactly as a full disk does). The user gets TRI3007 saying what happened, the
/// store is not corrupted, every batch committed before the failure is whole, and after space is freed the same run
/// completes with nothing lost and nothing stored twice.
/// </summary>
public sealed class SqliteStoreFullTests : IDisposable
{
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public async Task AddAsync_DatabaseFull_ClearErrorIntactStoreAndRerunCompletes()
    {
        var path = _folder.File("full.db");
        var articles = Enumerable.Range(0, 60).Select(Big).ToArray();
        var batches = articles.Chunk(10).ToArray();
        long pagesAfterSchema;
        await using (var empty = await SqliteArticleStore.OpenAsync(path))
        {
            using var raw = RawConnection(path);
            pagesAfterSchema = (long)Scalar(raw, "PRAGMA page_count")!;
        }

        // Room for two or three of the six batches (each article ~64 KB of text, stored as a row and in the FTS index).
        var committed = 0;
        StoreException? failure = null;
        await using (var store = await SqliteArticleStore.OpenAsync(path, new SqliteStoreOptions { MaxPageCount = pagesAfterSchema + 1000 }))
        {
            foreach (var batch in batches)
            {
                try
                {
                    await store.AddAsync(batch);
                    committed += batch.Length;
                }
                catch (StoreException ex)
                {
                    failure = ex;
                    break;
                }
            }
        }

        Assert.NotNull(failure);
        Assert.Equal(ErrorCodes.StoreFull, failure.Code);
        Assert.Contains("is full", failure.Message, StringComparison.Ordinal);
        Assert.Contains("run the same command again", failure.Message, StringComparison.Ordinal);
        Assert.InRange(committed, 10, 50);
        using (var raw = RawConnection(path))
        {
            Assert.Equal("ok", Scalar(raw, "PRAGMA integrity_check"));
            Assert.Equal((long)committed, Scalar(raw, "SELECT count(*) FROM articles"));
            // The failed batch left nothing behind, not even in the search index.
            Assert.Equal((long)committed, Scalar(raw, "SELECT count(*) FROM articles_fts"));
        }

        // Space freed (no page limit): the same run again adds exactly the rest.
        await using (var store = await SqliteArticleStore.OpenAsync(path))
        {
            var added = 0;
            var already = 0;
            foreach (var batch in batches)
            {
                foreach (var outcome in await store.AddAsync(batch))
                {
                    _ = outcome.Added ? added++ : already++;
                }
            }

            Assert.Equal(committed, already);
            Assert.Equal(articles.Length - committed, added);
            Assert.Equal(articles.Length, await store.CountAsync());
        }

        using (var raw = RawConnection(path))
        {
            Assert.Equal("ok", Scalar(raw, "PRAGMA integrity_check"));
            Assert.Equal((long)articles.Length, Scalar(raw, "SELECT count(DISTINCT id) FROM articles"));
        }
    }

    private static Article Big(int i) =>
        TestArticles.Make($"Full {i}", string.Join(' ', Enumerable.Range(0, 8_000).Select(w => $"w{i}x{w}")), new DateTimeOffset(2024, 1, 1, 0, 0, 0, TimeSpan.Zero).AddHours(i));
}
