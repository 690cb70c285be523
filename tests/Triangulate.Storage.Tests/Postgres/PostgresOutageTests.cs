using Npgsql;
using Triangulate.Core.Diagnostics;
using Triangulate.Core.Model;
using Triangulate.Core.Storage;
using Triangulate.Storage.Postgres;
using Triangulate.Storage.Tests.Contract;

namespace Triangulate.Storage.Tests.Postgres;

/// <summary>
/// Issue #19, storage faults: the PostgreSQL connection is lost in the middle of an ingest. A short outage is ridden
/// out with retries and back-off (Polly); one longer than the retry budget stops with TRI3005 saying so; either way
/// the batches are stored once: nothing lost, nothing duplicated. Outages are made without touching anyone else: the
/// test's own backends are terminated (found by their application name), or a proxy in front of the server is cut.
/// </summary>
public sealed class PostgresOutageTests : IAsyncLifetime
{
    private readonly string _schema = "tri_outage_" + Guid.NewGuid().ToString("N")[..12];
    private readonly string _application = "tri-outage-" + Guid.NewGuid().ToString("N")[..12];

    public Task InitializeAsync() => Task.CompletedTask;

    public Task DisposeAsync() => PostgresFactAttribute.DropSchemaAsync(_schema);

    [PostgresFact]
    public async Task AddAsync_BackendsTerminatedMidIngest_RetriesAndStoresEveryArticleOnce()
    {
        await using var store = await PostgresArticleStore.OpenAsync(ConnectionString(), Options(maxRetries: 8));
        var batches = Enumerable.Range(0, 30).Select(b => TestArticles.Series($"outage-{b}", 40)).ToArray();
        using var stop = new CancellationTokenSource();
        var killer = TerminateOwnBackendsAsync(stop.Token);

        foreach (var batch in batches)
        {
            await store.AddAsync(batch);
        }

        await stop.CancelAsync();
        var terminated = await killer;

        Assert.True(terminated > 0, "no backend was terminated, so the test proved nothing");
        Assert.True(store.Retries > 0, "the store never retried");
        await AssertStoredOnceAsync(store, batches.SelectMany(b => b).ToArray());
    }

    [PostgresFact]
    public async Task AddAsync_OutageLongerThanRetryBudget_StopsWithClearErrorAndRerunCompletes()
    {
        var target = new NpgsqlConnectionStringBuilder(PostgresFactAttribute.ConnectionString);
        await using var proxy = new CuttableProxy(target.Host ?? "127.0.0.1", target.Port);
        var viaProxy = ConnectionString(proxy.Port);
        var batches = Enumerable.Range(0, 4).Select(b => TestArticles.Series($"long-{b}", 25)).ToArray();
        StoreException? failure = null;
        await using (var store = await PostgresArticleStore.OpenAsync(viaProxy, Options(maxRetries: 3)))
        {
            await store.AddAsync(batches[0]);
            await store.AddAsync(batches[1]);
            proxy.Cut();
            failure = await Assert.ThrowsAsync<StoreException>(() => store.AddAsync(batches[2]));
        }

        Assert.Equal(ErrorCodes.StoreUnavailable, failure.Code);
        Assert.Contains("3 retries", failure.Message, StringComparison.Ordinal);
        Assert.Contains("nothing is stored twice", failure.Message, StringComparison.Ordinal);

        // The server is back: the same run again stores exactly what was missing.
        proxy.Restore();
        await using var again = await PostgresArticleStore.OpenAsync(viaProxy, Options(maxRetries: 3));
        var added = 0;
        foreach (var batch in batches)
        {
            added += (await again.AddAsync(batch)).Count(r => r.Added);
        }

        Assert.Equal(50, added);
        await AssertStoredOnceAsync(again, batches.SelectMany(b => b).ToArray());
    }

    [PostgresFact]
    public async Task AddAsync_ShortOutageThroughProxy_RiddenOut()
    {
        var target = new NpgsqlConnectionStringBuilder(PostgresFactAttribute.ConnectionString);
        await using var proxy = new CuttableProxy(target.Host ?? "127.0.0.1", target.Port);
        await using var store = await PostgresArticleStore.OpenAsync(ConnectionString(proxy.Port), Options(maxRetries: 8));
        var batches = Enumerable.Range(0, 3).Select(b => TestArticles.Series($"short-{b}", 25)).ToArray();
        await store.AddAsync(batches[0]);

        proxy.Cut();
        var pending = store.AddAsync(batches[1]);
        await Task.Delay(700);
        proxy.Restore();
        await pending;
        await store.AddAsync(batches[2]);

        Assert.True(store.Retries > 0);
        await AssertStoredOnceAsync(store, batches.SelectMany(b => b).ToArray());
    }

    private static async Task AssertStoredOnceAsync(IArticleStore store, Article[] articles)
    {
        Assert.Equal(articles.Length, await store.CountAsync());
        foreach (var article in articles)
        {
            Assert.NotNull(await store.GetAsync(article.Id));
        }
    }

    private PostgresStoreOptions Options(int maxRetries) =>
        new() { Schema = _schema, MaxRetries = maxRetries, RetryDelay = TimeSpan.FromMilliseconds(50) };

    private string ConnectionString(int? port = null)
    {
        var builder = new NpgsqlConnectionStringBuilder(PostgresFactAttribute.ConnectionString)
        {
            ApplicationName = _application,
            Timeout = 3,
        };
        if (port is { } p)
        {
            builder.Host = "127.0.0.1";
            builder.Port = p;
        }

        return builder.ToString();
    }

    /// <summary>Terminates this test's own backends (by application name) every 100 ms until stopped; returns how many.</summary>
    private async Task<int> TerminateOwnBackendsAsync(CancellationToken stop)
    {
        var terminated = 0;
        await using var connection = new NpgsqlConnection(PostgresFactAttribute.ConnectionString);
        await connection.OpenAsync(CancellationToken.None);
        while (!stop.IsCancellationRequested)
        {
            await using var command = new NpgsqlCommand(
                "SELECT count(*) FILTER (WHERE pg_terminate_backend(pid)) FROM pg_stat_activity WHERE application_name = $1 AND pid <> pg_backend_pid()", connection);
            command.Parameters.Add(new NpgsqlParameter<string> { TypedValue = _application });
            terminated += Convert.ToInt32(await command.ExecuteScalarAsync(CancellationToken.None), System.Globalization.CultureInfo.InvariantCulture);
            try
            {
                await Task.Delay(100, stop);
            }
            catch (OperationCanceledException)
            {
                break;
            }
        }

        return terminated;
    }
}
