using Npgsql;
using NpgsqlTypes;
using Triangulate.Core.Storage;

namespace Triangulate.Storage.Postgres;

/// <summary>Binds <see cref="ArticleRow"/> to PostgreSQL parameters and reads rows back; column order is fixed here.</summary>
internal static class PostgresArticleMapping
{
    /// <summary>JSON columns read back as text so one deserializer serves both stores.</summary>
    public const string SelectColumns =
        "id, input, url, feed, outlet, title, title_derived, byline, published, published_utc, " +
        "language, dateline, credited_sources::text, text, removed::text, length, stored_at, source_id";

    public const string Values = "$1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13::jsonb, $14, $15::jsonb, $16, $17, $18";

    public static void Bind(NpgsqlParameterCollection p, ArticleRow row, DateTimeOffset? published, DateTimeOffset storedAt)
    {
        p.Add(new NpgsqlParameter<string>() { TypedValue = row.Id });
        p.Add(new NpgsqlParameter<string>() { TypedValue = row.Input });
        p.Add(Text(row.Url));
        p.Add(Text(row.Feed));
        p.Add(Text(row.Outlet));
        p.Add(Text(row.Title));
        p.Add(new NpgsqlParameter<bool>() { TypedValue = row.TitleDerived });
        p.Add(Text(row.Byline));
        p.Add(Text(row.Published));
        p.Add(published is { } value
            ? new NpgsqlParameter<DateTimeOffset>() { TypedValue = value.ToUniversalTime() }
            : new NpgsqlParameter { NpgsqlDbType = NpgsqlDbType.TimestampTz, Value = DBNull.Value });
        p.Add(Text(row.Language));
        p.Add(Text(row.Dateline));
        p.Add(new NpgsqlParameter<string>() { TypedValue = row.CreditedSourcesJson });
        p.Add(new NpgsqlParameter<string>() { TypedValue = row.Text });
        p.Add(new NpgsqlParameter<string>() { TypedValue = row.RemovedJson });
        p.Add(new NpgsqlParameter<int>() { TypedValue = row.Length });
        p.Add(new NpgsqlParameter<DateTimeOffset>() { TypedValue = storedAt.ToUniversalTime() });
        p.Add(Text(row.SourceId));
    }

    /// <summary>Reads a row selected with <see cref="SelectColumns"/>; PostgreSQL keeps the instants as timestamptz.</summary>
    public static ArticleRow ReadRow(NpgsqlDataReader r) => ArticleRowReader.ReadRow(r, static (r, i) =>
        r.IsDBNull(i) ? null : ArticleRow.FormatSortable(r.GetFieldValue<DateTimeOffset>(i)));

    /// <summary>Reads rows selected with <see cref="ArticleRowReader.SummaryColumns"/>; PostgreSQL keeps the stored-at instant as timestamptz.</summary>
    public static Task<IReadOnlyList<ArticleSummary>> ReadSummariesAsync(NpgsqlCommand command, CancellationToken cancellationToken) =>
        ArticleRowReader.ReadSummariesAsync(command, static (r, i) => r.GetFieldValue<DateTimeOffset>(i), cancellationToken);

    /// <summary>Reads (id, title, outlet, snippet, score) rows; ts_rank is higher-is-better already.</summary>
    public static Task<IReadOnlyList<SearchHit>> ReadHitsAsync(NpgsqlCommand command, CancellationToken cancellationToken) =>
        ArticleRowReader.ReadHitsAsync(command, static (r, i) => r.GetFloat(i), cancellationToken);

    private static NpgsqlParameter Text(string? value) => value is null
        ? new NpgsqlParameter { NpgsqlDbType = NpgsqlDbType.Text, Value = DBNull.Value }
        : new NpgsqlParameter<string>() { TypedValue = value };
}
