using Triangulate.Core.Storage;
using Triangulate.Storage.Postgres;
using Triangulate.Storage.Tests.Contract;

namespace Triangulate.Storage.Tests.Postgres;

/// <summary>The watch store contract on PostgreSQL (when TRIANGULATE_PG is set), each test in its own schema.</summary>
[RequiresEnvironment(PostgresFactAttribute.Variable)]
public sealed class PostgresWatchStoreTests : WatchStoreContractTests
{
    private readonly string _schema = "tri_watch_" + Guid.NewGuid().ToString("N")[..16];

    public override Task InitializeAsync() =>
        RequiresEnvironmentAttribute.SkipReason(PostgresFactAttribute.Variable) is null ? base.InitializeAsync() : Task.CompletedTask;

    protected override async Task<IWatchStore> CreateStoreAsync() =>
        await PostgresWatchStore.OpenAsync(PostgresFactAttribute.ConnectionString, new PostgresStoreOptions { Schema = _schema });

    protected override Task CleanUpAsync() => PostgresFactAttribute.DropSchemaAsync(_schema);
}
