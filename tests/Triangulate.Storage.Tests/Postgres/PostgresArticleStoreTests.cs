using Npgsql;
using Triangulate.Core.Diagnostics;
using Triangulate.Core.Storage;
using Triangulate.Storage.Postgres;
using Triangulate.Storage.Tests.Contract;

namespace Triangulate.Storage.Tests.Postgres;

/// <summary>The store contract on PostgreSQL (when TRIANGULATE_PG is set), each test in its own schema.</summary>
[RequiresEnvironment(PostgresFactAttribute.Variable)]
public sealed class PostgresArticleStoreTests : ArticleStoreContractTests
{
    private readonly string _schema = "tri_test_" + Guid.NewGuid().ToString("N")[..16];

    private PostgresStoreOptions Options => new() { Schema = _schema, LockTimeout = TimeSpan.FromMilliseconds(200) };

    public override Task InitializeAsync() =>
        RequiresEnvironmentAttribute.SkipReason(PostgresFactAttribute.Variable) is null ? base.InitializeAsync() : Task.CompletedTask;

    protected override async Task<IArticleStore> CreateStoreAsync() =>
        await PostgresArticleStore.OpenAsync(PostgresFactAttribute.ConnectionString, Options);

    protected override async Task CleanUpAsync()
    {
        if (RequiresEnvironmentAttribute.SkipReason(PostgresFactAttribute.Variable) is null)
        {
            await ExecuteAsync($"DROP SCHEMA IF EXISTS \"{_schema}\" CASCADE");
        }
    }

    [PostgresFact]
    public async Task OpenAsync_ExistingSchema_ReopensWithoutMigratingAgain()
    {
        await Store.AddAsync(TestArticles.Series("keep", 2));

        await using var again = await PostgresArticleStore.OpenAsync(PostgresFactAttribute.ConnectionString, Options);

        Assert.Equal(2, await again.CountAsync());
        Assert.Equal((long)PostgresSchema.Latest, await ScalarAsync($"SELECT count(*) FROM \"{_schema}\".schema_migrations"));
    }

    [PostgresFact]
    public async Task OpenAsync_SchemaNewerThanThisBuild_ThrowsSchemaTooNew()
    {
        await ExecuteAsync($"INSERT INTO \"{_schema}\".schema_migrations (version) VALUES ({PostgresSchema.Latest + 1})");

        var ex = await Assert.ThrowsAsync<StoreException>(() => PostgresArticleStore.OpenAsync(PostgresFactAttribute.ConnectionString, Options));

        Assert.Equal(ErrorCodes.StoreSchemaTooNew, ex.Code);
    }

    [PostgresFact]
    public async Task AddAsync_RowLockedByAnotherSession_ThrowsLocked()
    {
        var article = TestArticles.Make("locked", "row held by another session");
        await using var other = new NpgsqlConnection(PostgresFactAttribute.ConnectionString + ";Pooling=false");
        await other.OpenAsync();
        await using var transaction = await other.BeginTransactionAsync();
        await using (var insert = new NpgsqlCommand($"INSERT INTO \"{_schema}\".articles (id, input, text, length, stored_at) VALUES ($1, 'x', 'y', 1, now())", other))
        {
            insert.Parameters.Add(new NpgsqlParameter<string> { TypedValue = article.Id });
            await insert.ExecuteNonQueryAsync();
        }

        var ex = await Assert.ThrowsAsync<StoreException>(() => Store.AddAsync([article]));
        await transaction.RollbackAsync();

        Assert.Equal(ErrorCodes.StoreLocked, ex.Code);
        Assert.True((await Store.AddAsync([article]))[0].Added);
    }

    [PostgresFact]
    public void Description_NamesServerAndSchemaButNoPassword()
    {
        Assert.Contains(_schema, Store.Description);
        Assert.DoesNotContain("Password", Store.Description, StringComparison.OrdinalIgnoreCase);
    }

    private static async Task ExecuteAsync(string sql) => await ScalarAsync(sql);

    private static async Task<object?> ScalarAsync(string sql)
    {
        await using var connection = new NpgsqlConnection(PostgresFactAttribute.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        return await command.ExecuteScalarAsync();
    }
}
