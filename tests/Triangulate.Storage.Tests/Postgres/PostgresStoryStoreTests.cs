using Triangulate.Core.Storage;
using Triangulate.Storage.Postgres;
using Triangulate.Storage.Tests.Contract;

namespace Triangulate.Storage.Tests.Postgres;

/// <summary>The living-state contract on PostgreSQL (when TRIANGULATE_PG is set), each test in its own schema.</summary>
[RequiresEnvironment(PostgresFactAttribute.Variable)]
public sealed class PostgresStoryStoreTests : StoryStoreContractTests
{
    private readonly string _schema = "tri_live_" + Guid.NewGuid().ToString("N")[..16];

    public override Task InitializeAsync() =>
        RequiresEnvironmentAttribute.SkipReason(PostgresFactAttribute.Variable) is null ? base.InitializeAsync() : Task.CompletedTask;

    protected override async Task<IArticleStore> CreateStoreAsync() =>
        await PostgresArticleStore.OpenAsync(PostgresFactAttribute.ConnectionString, new PostgresStoreOptions { Schema = _schema });

    protected override Task CleanUpAsync() => PostgresFactAttribute.DropSchemaAsync(_schema);
}
