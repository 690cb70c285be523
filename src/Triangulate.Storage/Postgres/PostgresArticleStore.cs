using System.Globalization;
using Npgsql;
using Polly;
using Polly.Retry;
using Triangulate.Core.Diagnostics;
using Triangulate.Core.Model;
using Triangulate.Core.Storage;
using Triangulate.Storage.Living;

namespace Triangulate.Storage.Postgres;

/// <summary>
/// The scale-out store: the same contract as SQLite on a PostgreSQL server, for corpora too big for one
/// file or shared by several ingest workers. Inserts use ON CONFLICT DO NOTHING; search uses a weighted
/// tsvector (english configuration) with a GIN index and ts_headline snippets.
/// </summary>
public sealed class PostgresArticleStore : StoryStateStore, IArticleStore
{
    /// <summary>Statements per round trip when adding: bounds memory for very large batches.</summary>
    private const int InsertChunk = 500;

    private readonly NpgsqlDataSource _dataSource;
    private readonly string _schema;
    private readonly PostgresStoreOptions _options;
    private readonly ResiliencePipeline _retry;
    private long _retries;

    private PostgresArticleStore(NpgsqlDataSource dataSource, string description, PostgresStoreOptions options)
    {
        _dataSource = dataSource;
        _schema = PostgresSchema.Quote(options.Schema);
        _options = options;
        Description = description;
        _retry = RetryPipeline(options);
        Living = new LivingStore(new PostgresLivingDatabase(this), options.TimeProvider);
    }

    /// <summary>Operations tried again after a lost connection since the store was opened (for tests and metrics).</summary>
    public long Retries => Interlocked.Read(ref _retries);

    internal string Schema => _schema;

    internal PostgresStoreOptions Options => _options;

    public string Description { get; }

    /// <summary>The connection pool, shared with <see cref="PostgresWatchStore"/>.</summary>
    internal NpgsqlDataSource DataSource => _dataSource;

    internal string QuotedSchema => _schema;

    /// <summary>Connects, creates <see cref="PostgresStoreOptions.Schema"/> when absent and migrates it.</summary>
    /// <exception cref="StoreException">TRI3005 cannot connect or bad connection string, TRI3004 schema newer
    /// than this build, TRI3002 locked.</exception>
    public static async Task<PostgresArticleStore> OpenAsync(string connectionString, PostgresStoreOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(connectionString);
        options ??= PostgresStoreOptions.Default;
        if (!PostgresSchema.IsValidName(options.Schema))
        {
            throw new ArgumentException($"schema name '{options.Schema}' must be lower-case letters, digits and '_'", nameof(options));
        }

        var (dataSource, description) = CreateDataSource(connectionString, options.Schema);
        var store = new PostgresArticleStore(dataSource, description, options);
        return await StoreFailures.OpenOrDisposeAsync(store, async () =>
        {
            await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
            await PostgresSchema.MigrateAsync(connection, options.Schema, description, null, cancellationToken);
        }, ex => ex is NpgsqlException npgsql ? PostgresErrors.Map(npgsql, description) : null);
    }

    public async Task<IReadOnlyList<StoreAddResult>> AddAsync(IReadOnlyList<Article> articles, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(articles);
        if (articles.Count == 0)
        {
            return [];
        }

        return await GuardAsync(async () =>
        {
            var storedAt = _options.TimeProvider.GetUtcNow();
            var order = InsertOrder(articles);
            var results = new StoreAddResult[articles.Count];
            await using var connection = await _dataSource.OpenConnectionAsync(cancellationToken);
            await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
            await SetLockTimeoutAsync(connection, cancellationToken);
            foreach (var chunk in order.Chunk(InsertChunk))
            {
                await InsertChunkAsync(connection, articles, chunk, storedAt, results, cancellationToken);
            }

            await transaction.CommitAsync(cancellationToken);
            return (IReadOnlyList<StoreAddResult>)results;
        }, cancellationToken);
    }

    public Task<Article?> GetAsync(string id, CancellationToken cancellationToken = default) => GuardAsync(async () =>
    {
        await using var command = _dataSource.CreateCommand($"SELECT {PostgresArticleMapping.SelectColumns} FROM {_schema}.articles WHERE id = $1");
        command.Parameters.Add(new NpgsqlParameter<string> { TypedValue = id });
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        return await reader.ReadAsync(cancellationToken) ? PostgresArticleMapping.ReadRow(reader).ToArticle() : null;
    });

    public Task<long> CountAsync(CancellationToken cancellationToken = default) => GuardAsync(async () =>
    {
        await using var command = _dataSource.CreateCommand($"SELECT count(*) FROM {_schema}.articles");
        return Convert.ToInt64(await command.ExecuteScalarAsync(cancellationToken), CultureInfo.InvariantCulture);
    });

    public Task<IReadOnlyList<ArticleSummary>> ListAsync(int offset, int limit, CancellationToken cancellationToken = default)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(offset);
        ArgumentOutOfRangeException.ThrowIfNegative(limit);
        return GuardAsync(async () =>
        {
            await using var command = _dataSource.CreateCommand($"""
                SELECT {ArticleRowReader.SummaryColumns} FROM {_schema}.articles
                ORDER BY published_utc DESC NULLS LAST, id LIMIT $1 OFFSET $2
                """);
            command.Parameters.Add(new NpgsqlParameter<int> { TypedValue = limit });
            command.Parameters.Add(new NpgsqlParameter<int> { TypedValue = offset });
            return await PostgresArticleMapping.ReadSummariesAsync(command, cancellationToken);
        });
    }

    public Task<IReadOnlyList<SearchHit>> SearchAsync(string query, int limit, CancellationToken cancellationToken = default)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(limit);
        // plainto_tsquery treats every character as text (no operators), so user input cannot be a syntax
        // error; PostgreSQL text cannot hold NUL, so it is dropped.
        var text = query?.Replace("\0", "", StringComparison.Ordinal);
        if (string.IsNullOrWhiteSpace(text) || limit == 0)
        {
            return Task.FromResult<IReadOnlyList<SearchHit>>([]);
        }

        return GuardAsync(async () =>
        {
            // Rank and cut first, then build headlines only for the rows returned: ts_headline re-parses text.
            await using var command = _dataSource.CreateCommand($"""
                WITH q AS (SELECT plainto_tsquery('english'::regconfig, $1) AS query),
                top AS (
                    SELECT a.id, ts_rank_cd(a.search, q.query) AS score
                    FROM {_schema}.articles a, q
                    WHERE a.search @@ q.query
                    ORDER BY score DESC, a.id LIMIT $2)
                SELECT a.id, a.title, a.outlet,
                       ts_headline('english'::regconfig, a.text, q.query,
                           'StartSel="{SearchSnippet.Open}", StopSel="{SearchSnippet.Close}", MaxWords=30, MinWords=12, MaxFragments=1'),
                       top.score
                FROM top JOIN {_schema}.articles a ON a.id = top.id, q
                ORDER BY top.score DESC, a.id
                """);
            command.Parameters.Add(new NpgsqlParameter<string> { TypedValue = text });
            command.Parameters.Add(new NpgsqlParameter<int> { TypedValue = limit });
            return await PostgresArticleMapping.ReadHitsAsync(command, cancellationToken);
        });
    }

    public ValueTask DisposeAsync() => _dataSource.DisposeAsync();

    /// <summary>Article indexes sorted by id (input order among equal ids): concurrent batches then lock
    /// rows in the same order and cannot deadlock, and the first of two equal ids is the one added.</summary>
    internal static int[] InsertOrder(IReadOnlyList<Article> articles)
    {
        var order = new int[articles.Count];
        for (var i = 0; i < order.Length; i++)
        {
            order[i] = i;
        }

        Array.Sort(order, (x, y) =>
        {
            var byId = string.CompareOrdinal(articles[x].Id, articles[y].Id);
            return byId != 0 ? byId : x.CompareTo(y);
        });
        return order;
    }

    internal async Task InsertChunkAsync(NpgsqlConnection connection, IReadOnlyList<Article> articles, int[] chunk, DateTimeOffset storedAt, StoreAddResult[] results, CancellationToken cancellationToken)
    {
        await using var batch = new NpgsqlBatch(connection);
        var sql = $"INSERT INTO {_schema}.articles ({ArticleRowReader.Columns}) VALUES ({PostgresArticleMapping.Values}) ON CONFLICT (id) DO NOTHING";
        foreach (var index in chunk)
        {
            var article = articles[index];
            var command = new NpgsqlBatchCommand(sql);
            PostgresArticleMapping.Bind(command.Parameters, ArticleRow.From(article, storedAt), article.Metadata.Published, storedAt);
            batch.BatchCommands.Add(command);
        }

        await batch.ExecuteNonQueryAsync(cancellationToken);
        for (var i = 0; i < chunk.Length; i++)
        {
            results[chunk[i]] = new StoreAddResult(articles[chunk[i]].Id, batch.BatchCommands[i].RecordsAffected == 1);
        }
    }

    internal async Task SetLockTimeoutAsync(NpgsqlConnection connection, CancellationToken cancellationToken)
    {
        var ms = Math.Max(1, (int)_options.LockTimeout.TotalMilliseconds).ToString(CultureInfo.InvariantCulture);
        await using var command = new NpgsqlCommand($"SET LOCAL lock_timeout = {ms}", connection);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    /// <summary>
    /// Runs one store operation, tried again with back-off while the connection is lost (<see cref="PostgresErrors.IsTransient"/>);
    /// each try is whole (its own connection and transaction), so a retried batch is stored once. Errors that remain
    /// become <see cref="StoreException"/>s with codes.
    /// </summary>
    internal async Task<T> GuardAsync<T>(Func<Task<T>> operation, CancellationToken cancellationToken = default)
    {
        var before = Retries;
        try
        {
            return await _retry.ExecuteAsync(async _ => await operation(), cancellationToken);
        }
        catch (NpgsqlException ex)
        {
            throw PostgresErrors.Map(ex, Description, (int)(Retries - before));
        }
        catch (Exception ex) when (StoreFailures.IsMalformedRow(ex))
        {
            throw StoreFailures.MalformedRow(Description, ex);
        }
    }

    private ResiliencePipeline RetryPipeline(PostgresStoreOptions options)
    {
        if (options.MaxRetries <= 0)
        {
            return ResiliencePipeline.Empty;
        }

        return new ResiliencePipelineBuilder().AddRetry(new RetryStrategyOptions
        {
            ShouldHandle = new PredicateBuilder().Handle<NpgsqlException>(PostgresErrors.IsTransient),
            MaxRetryAttempts = options.MaxRetries,
            BackoffType = DelayBackoffType.Exponential,
            UseJitter = true,
            Delay = options.RetryDelay,
            MaxDelay = TimeSpan.FromSeconds(5),
            OnRetry = args =>
            {
                Interlocked.Increment(ref _retries);
                if (options.Logger is { } logger)
                {
                    StoreLog.ConnectionRetry(logger, args.Outcome.Exception, Description, args.AttemptNumber + 1, (long)args.RetryDelay.TotalMilliseconds);
                }

                // A terminated backend leaves its idle siblings in the pool dead too: start the next try afresh.
                _dataSource.Clear();
                return default;
            },
        }).Build();
    }

    private static (NpgsqlDataSource DataSource, string Description) CreateDataSource(string connectionString, string schema)
    {
        NpgsqlConnectionStringBuilder builder;
        try
        {
            builder = new NpgsqlConnectionStringBuilder(connectionString);
        }
        catch (ArgumentException ex)
        {
            throw new StoreException(ErrorCodes.StoreUnavailable, $"invalid PostgreSQL connection string: {ex.Message}", ex);
        }

        var description = $"postgres:{builder.Host}:{builder.Port}/{builder.Database ?? builder.Username}#{schema}";
        return (NpgsqlDataSource.Create(builder), description);
    }
}
