using Triangulate.Core.Storage;
using Triangulate.Storage.Sqlite;
using Triangulate.Storage.Tests.Contract;

namespace Triangulate.Storage.Tests.Sqlite;

/// <summary>The watch store contract on SQLite.</summary>
public sealed class SqliteWatchStoreTests : WatchStoreContractTests
{
    private readonly TempFolder _folder = new();

    private string DbPath => Path.Combine(_folder.Path, "watch.db");

    protected override async Task<IWatchStore> CreateStoreAsync() => await SqliteWatchStore.OpenAsync(DbPath);

    protected override Task CleanUpAsync()
    {
        _folder.Dispose();
        return Task.CompletedTask;
    }

    [Fact]
    public async Task OpenAsync_ArticleStoreOpenedFirst_SameFileHoldsBoth()
    {
        await using (var articles = await SqliteArticleStore.OpenAsync(DbPath))
        {
            await articles.AddAsync(TestArticles.Series("both", 2));
        }

        await Store.AddSourceAsync("https://news.example/feed.xml", DateTimeOffset.UnixEpoch);
        await using var again = await SqliteArticleStore.OpenAsync(DbPath);

        Assert.Equal(2, await again.CountAsync());
        Assert.Single(await Store.ListSourcesAsync());
    }
}
