using Triangulate.Core.Diagnostics;
using Triangulate.Core.Storage;
using Triangulate.Storage.Sqlite;
using Triangulate.Storage.Tests.Sqlite;

namespace Triangulate.Storage.Tests;

public sealed class ArticleStoresTests : IDisposable
{
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public async Task OpenAsync_FilePath_OpensSqlite()
    {
        await using var store = await ArticleStores.OpenAsync(_folder.File("a.db"));

        Assert.IsType<SqliteArticleStore>(store);
        Assert.StartsWith("sqlite:", store.Description);
    }

    [Fact]
    public async Task OpenAsync_PostgresPrefix_ConnectsToPostgres()
    {
        // Nothing listens on port 1: the refusal proves the location went to the PostgreSQL store.
        var ex = await Assert.ThrowsAsync<StoreException>(() => ArticleStores.OpenAsync("postgres:Host=127.0.0.1;Port=1;Timeout=3"));

        Assert.Equal(ErrorCodes.StoreUnavailable, ex.Code);
        Assert.Contains("postgres:127.0.0.1:1", ex.Message);
        Assert.False(File.Exists("postgres:Host=127.0.0.1;Port=1;Timeout=3"));
    }
}
