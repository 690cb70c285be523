using Triangulate.Core.Storage;
using Triangulate.Storage.Sqlite;
using Triangulate.Storage.Tests.Contract;

namespace Triangulate.Storage.Tests.Sqlite;

/// <summary>The living-state contract on SQLite, each test on its own file.</summary>
public sealed class SqliteStoryStoreTests : StoryStoreContractTests
{
    private readonly TempFolder _folder = new();

    protected override async Task<IArticleStore> CreateStoreAsync() => await SqliteArticleStore.OpenAsync(Path.Combine(_folder.Path, "living.db"));

    protected override Task CleanUpAsync()
    {
        _folder.Dispose();
        return Task.CompletedTask;
    }
}
