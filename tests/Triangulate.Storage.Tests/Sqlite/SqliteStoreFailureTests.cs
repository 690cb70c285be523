using Microsoft.Data.Sqlite;
using Triangulate.Core.Diagnostics;
using Triangulate.Core.Storage;
using Triangulate.Storage.Sqlite;
using Triangulate.Storage.Tests.Contract;
using static Triangulate.Storage.Tests.Sqlite.SqliteArticleStoreTests;

namespace Triangulate.Storage.Tests.Sqlite;

/// <summary>What a user sees when the database file is wrong: a coded message, and their file untouched.</summary>
public sealed class SqliteStoreFailureTests : IDisposable
{
    private const int PageSize = 4096;
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public async Task OpenAsync_TextFile_ThrowsNotSqliteAndLeavesFileUnchanged()
    {
        var path = _folder.File("notes.txt");
        await File.WriteAllTextAsync(path, "These are my notes.\nNot a database.\n");
        var before = await File.ReadAllBytesAsync(path);

        var ex = await Assert.ThrowsAsync<StoreException>(() => SqliteArticleStore.OpenAsync(path));

        Assert.Equal(ErrorCodes.StoreNotSqlite, ex.Code);
        Assert.Contains(path, ex.Message);
        Assert.Contains("is not a SQLite database", ex.Message);
        Assert.Equal(before, await File.ReadAllBytesAsync(path));
        Assert.Equal(["notes.txt"], Directory.GetFiles(_folder.Path).Select(Path.GetFileName));
    }

    [Fact]
    public async Task OpenAsync_FileShorterThanHeader_ThrowsNotSqlite()
    {
        var path = _folder.File("short.db");
        await File.WriteAllBytesAsync(path, "SQLite"u8.ToArray());

        var ex = await Assert.ThrowsAsync<StoreException>(() => SqliteArticleStore.OpenAsync(path));

        Assert.Equal(ErrorCodes.StoreNotSqlite, ex.Code);
        Assert.Equal("SQLite"u8.ToArray(), await File.ReadAllBytesAsync(path));
    }

    [Fact]
    public async Task OpenAsync_OtherApplicationsDatabase_ThrowsNotSqliteAndLeavesFileUnchanged()
    {
        var path = _folder.File("other.db");
        using (var connection = RawConnection(path))
        {
            Scalar(connection, "CREATE TABLE contacts (name TEXT)");
        }

        var before = await File.ReadAllBytesAsync(path);

        var ex = await Assert.ThrowsAsync<StoreException>(() => SqliteArticleStore.OpenAsync(path));

        Assert.Equal(ErrorCodes.StoreNotSqlite, ex.Code);
        Assert.Contains("another application", ex.Message);
        Assert.Equal(before, await File.ReadAllBytesAsync(path));
    }

    [Fact]
    public async Task OpenAsync_EmptyFile_BecomesStore()
    {
        var path = _folder.File("empty.db");
        await File.WriteAllBytesAsync(path, []);

        await using var store = await SqliteArticleStore.OpenAsync(path);

        Assert.Equal(0, await store.CountAsync());
    }

    [Fact]
    public async Task OpenAsync_CorruptPages_ThrowsCorrupt()
    {
        var path = _folder.File("corrupt.db");
        await using (var store = await SqliteArticleStore.OpenAsync(path))
        {
            await store.AddAsync(TestArticles.Series("council", 300));
        }

        OverwriteMiddlePages(path);

        var ex = await Assert.ThrowsAsync<StoreException>(async () =>
        {
            await using var store = await SqliteArticleStore.OpenAsync(path);
            await store.CountAsync();
            await store.ListAsync(0, 1000);
            await store.SearchAsync("council", 10);
        });

        Assert.Equal(ErrorCodes.StoreCorrupt, ex.Code);
        Assert.Contains(path, ex.Message);
    }

    [Fact]
    public async Task OpenAsync_SchemaNewerThanThisBuild_ThrowsSchemaTooNew()
    {
        var path = _folder.File("future.db");
        await (await SqliteArticleStore.OpenAsync(path)).DisposeAsync();
        using (var connection = RawConnection(path))
        {
            Scalar(connection, $"PRAGMA user_version = {SqliteSchema.Latest + 1}");
        }

        var ex = await Assert.ThrowsAsync<StoreException>(() => SqliteArticleStore.OpenAsync(path));

        Assert.Equal(ErrorCodes.StoreSchemaTooNew, ex.Code);
        Assert.Contains($"schema version {SqliteSchema.Latest + 1}", ex.Message);
    }

    [Fact]
    public async Task OpenAsync_VersionOneDatabase_MigratesIndexesOldRowsAndReopensCleanly()
    {
        var path = _folder.File("v1.db");
        var old = TestArticles.Make("Harbour strike", "Dockers walked out.");
        using (var connection = RawConnection(path))
        {
            SqliteSchema.Migrate(connection, path, target: 1);
            InsertRaw(connection, old);
        }

        await using (var store = await SqliteArticleStore.OpenAsync(path))
        {
            Assert.Single(await store.SearchAsync("dockers", 5));
        }

        await using (var again = await SqliteArticleStore.OpenAsync(path))
        {
            Assert.Equal(1, await again.CountAsync());
            Assert.Single(await again.SearchAsync("harbour", 5));
        }

        using var check = RawConnection(path);
        Assert.Equal((long)SqliteSchema.Latest, Scalar(check, "PRAGMA user_version"));
    }

    [Fact]
    public async Task AddAsync_AnotherConnectionHoldsWriteLock_ThrowsLockedThenSucceedsAfterRelease()
    {
        var path = _folder.File("locked.db");
        await using var store = await SqliteArticleStore.OpenAsync(path, new SqliteStoreOptions { BusyTimeout = TimeSpan.FromMilliseconds(100) });
        using var other = RawConnection(path);
        Scalar(other, "BEGIN EXCLUSIVE");

        var ex = await Assert.ThrowsAsync<StoreException>(() => store.AddAsync(TestArticles.Series("lock", 1)));
        Scalar(other, "ROLLBACK");

        Assert.Equal(ErrorCodes.StoreLocked, ex.Code);
        Assert.Contains("locked", ex.Message);
        Assert.True((await store.AddAsync(TestArticles.Series("lock", 1)))[0].Added);
    }

    [Fact]
    public async Task OpenAsync_AnotherConnectionIsWriting_OpensAndReads()
    {
        var path = _folder.File("busy.db");
        await using (var first = await SqliteArticleStore.OpenAsync(path))
        {
            await first.AddAsync(TestArticles.Series("busy", 2));
        }

        using var other = RawConnection(path);
        Scalar(other, "BEGIN EXCLUSIVE");
        await using var store = await SqliteArticleStore.OpenAsync(path, new SqliteStoreOptions { BusyTimeout = TimeSpan.FromMilliseconds(100) });
        var count = await store.CountAsync();
        Scalar(other, "ROLLBACK");

        Assert.Equal(2, count);
    }

    [Fact]
    public async Task GetAsync_RowWithMalformedJson_ThrowsCorrupt()
    {
        var path = _folder.File("badrow.db");
        var article = TestArticles.Make("bad", "row");
        await using var store = await SqliteArticleStore.OpenAsync(path);
        await store.AddAsync([article]);
        using (var connection = RawConnection(path))
        {
            Scalar(connection, "UPDATE articles SET removed = '[{not json'");
        }

        var ex = await Assert.ThrowsAsync<StoreException>(() => store.GetAsync(article.Id));

        Assert.Equal(ErrorCodes.StoreCorrupt, ex.Code);
    }

    [Fact]
    public async Task OpenAsync_ParentIsAFile_ThrowsUnavailable()
    {
        var blocker = _folder.File("blocker");
        await File.WriteAllTextAsync(blocker, "x");

        var ex = await Assert.ThrowsAsync<StoreException>(() => SqliteArticleStore.OpenAsync(Path.Combine(blocker, "sub", "store.db")));

        Assert.Equal(ErrorCodes.StoreUnavailable, ex.Code);
    }

    [Fact]
    public async Task OpenAsync_PathIsAFolder_ThrowsUnavailable()
    {
        var ex = await Assert.ThrowsAsync<StoreException>(() => SqliteArticleStore.OpenAsync(_folder.Path));

        Assert.Equal(ErrorCodes.StoreUnavailable, ex.Code);
        Assert.Contains("is a folder", ex.Message);
    }

    /// <summary>Keeps page 1 (header and schema root) and the last page, fills every page between with junk.</summary>
    private static void OverwriteMiddlePages(string path)
    {
        var bytes = File.ReadAllBytes(path);
        Assert.True(bytes.Length >= PageSize * 8, $"test database too small to corrupt: {bytes.Length} bytes");
        var junk = new Random(7);
        var middle = bytes.AsSpan(PageSize, bytes.Length - (2 * PageSize));
        junk.NextBytes(middle);
        File.WriteAllBytes(path, bytes);
    }

    /// <summary>Inserts a row as version 1 of the schema had it (before v3 added source_id).</summary>
    private static void InsertRaw(SqliteConnection connection, Core.Model.Article article)
    {
        using var command = connection.CreateCommand();
        var columns = ArticleRowReader.Columns.Split(", ").Where(c => c != "source_id").ToList();
        command.CommandText = $"INSERT INTO articles ({string.Join(", ", columns)}) VALUES ({string.Join(", ", columns.Select(c => "$" + c))})";
        var parameters = SqliteArticleMapping.CreateInsertParameters(command);
        SqliteArticleMapping.Bind(parameters, ArticleRow.From(article, DateTimeOffset.UnixEpoch));
        command.ExecuteNonQuery();
    }
}
