using Microsoft.Data.Sqlite;
using Triangulate.Core.Storage;
using Triangulate.Storage.Sqlite;
using Triangulate.Storage.Tests.Contract;

namespace Triangulate.Storage.Tests.Sqlite;

/// <summary>The store contract on SQLite, each test on its own file in a folder that does not exist yet.</summary>
public sealed class SqliteArticleStoreTests : ArticleStoreContractTests
{
    private readonly TempFolder _folder = new();

    private string DbPath => Path.Combine(_folder.Path, "nested", "store.db");

    protected override async Task<IArticleStore> CreateStoreAsync() => await SqliteArticleStore.OpenAsync(DbPath);

    protected override Task CleanUpAsync()
    {
        _folder.Dispose();
        return Task.CompletedTask;
    }

    [Fact]
    public async Task OpenAsync_ExistingStore_KeepsArticlesAcrossReopen()
    {
        var articles = TestArticles.Series("keep", 3);
        await Store.AddAsync(articles);
        await Store.DisposeAsync();

        await using var reopened = await SqliteArticleStore.OpenAsync(DbPath);

        Assert.Equal(3, await reopened.CountAsync());
        Assert.All(await reopened.AddAsync(articles), r => Assert.False(r.Added));
    }

    [Fact]
    public void Description_NamesTheFile()
    {
        Assert.Equal("sqlite:" + DbPath, Store.Description);
    }

    [Fact]
    public async Task OpenAsync_NewFile_UsesWalAndLatestSchema()
    {
        await using var connection = RawConnection(DbPath);

        Assert.Equal("wal", Scalar(connection, "PRAGMA journal_mode"));
        Assert.Equal((long)SqliteSchema.Latest, Scalar(connection, "PRAGMA user_version"));
        Assert.Equal((long)SqliteSchema.ApplicationId, Scalar(connection, "PRAGMA application_id"));
    }

    [Fact]
    public async Task SearchAsync_PrefixAndDiacritics_Match()
    {
        await Store.AddAsync([TestArticles.Make("Zürich", "New tariffs were announced in Zürich.")]);

        Assert.Single(await Store.SearchAsync("tarif*", 5));
        Assert.Single(await Store.SearchAsync("zurich", 5));
    }

    [Fact]
    public async Task AddAsync_TwoStoresOnOneFileConcurrently_NoRowLostOrDuplicated()
    {
        // Two store instances share no in-process lock: this is how two processes meet, via SQLite's locks.
        await using var second = await SqliteArticleStore.OpenAsync(DbPath);
        var all = TestArticles.Series("two", 40);

        async Task<int> AddAll(SqliteArticleStore store, IEnumerable<Core.Model.Article> articles)
        {
            var added = 0;
            foreach (var chunk in articles.Chunk(4))
            {
                added += (await store.AddAsync(chunk)).Count(r => r.Added);
            }

            return added;
        }

        var counts = await Task.WhenAll(
            Task.Run(() => AddAll((SqliteArticleStore)Store, all)),
            Task.Run(() => AddAll(second, all.Reverse())));

        Assert.Equal(40, counts.Sum());
        Assert.Equal(40, await second.CountAsync());
    }

    /// <summary>An unpooled connection, so the test's own handle never lingers on the file.</summary>
    internal static SqliteConnection RawConnection(string path)
    {
        var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = path, Pooling = false }.ToString());
        connection.Open();
        return connection;
    }

    internal static object? Scalar(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return command.ExecuteScalar();
    }
}
