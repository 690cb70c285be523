using System.Data.Common;
using Triangulate.Core.Storage;
using Triangulate.Storage.Living;

namespace Triangulate.Storage;

/// <summary>
/// The listing and search rows both stores select in the same column order. Only two columns differ by
/// provider (how the stored-at instant and the rank are kept), so the stores pass those reads in and share
/// the rest.
/// </summary>
internal static class ArticleRowReader
{
    /// <summary>The article columns, in the order both stores write and read them.</summary>
    public const string Columns =
        "id, input, url, feed, outlet, title, title_derived, byline, published, published_utc, " +
        "language, dateline, credited_sources, text, removed, length, stored_at, source_id";

    /// <summary>The columns of an <see cref="ArticleSummary"/> row, as <see cref="ReadSummariesAsync"/> reads them.</summary>
    public const string SummaryColumns = "id, input, outlet, title, published, length, stored_at";

    /// <summary>Reads a row selected in <see cref="Columns"/> order. <paramref name="sortableTime"/> reads the two
    /// instants (published_utc, stored_at) as <see cref="ArticleRow"/>'s sortable text, however the engine keeps them.</summary>
    public static ArticleRow ReadRow(DbDataReader r, Func<DbDataReader, int, string?> sortableTime) => new()
    {
        Id = r.GetString(0),
        Input = r.GetString(1),
        Url = Sql.NullableString(r, 2),
        Feed = Sql.NullableString(r, 3),
        Outlet = Sql.NullableString(r, 4),
        Title = Sql.NullableString(r, 5),
        TitleDerived = r.GetBoolean(6),
        Byline = Sql.NullableString(r, 7),
        Published = Sql.NullableString(r, 8),
        PublishedUtc = sortableTime(r, 9),
        Language = Sql.NullableString(r, 10),
        Dateline = Sql.NullableString(r, 11),
        CreditedSourcesJson = r.GetString(12),
        Text = r.GetString(13),
        RemovedJson = r.GetString(14),
        Length = r.GetInt32(15),
        StoredAt = sortableTime(r, 16)!,
        SourceId = Sql.NullableString(r, 17),
    };

    /// <summary>Reads (id, input, outlet, title, published, length, stored at) rows.</summary>
    public static async Task<IReadOnlyList<ArticleSummary>> ReadSummariesAsync(DbCommand command, Func<DbDataReader, int, DateTimeOffset> storedAt, CancellationToken cancellationToken)
    {
        var list = new List<ArticleSummary>();
        await using var r = await command.ExecuteReaderAsync(cancellationToken);
        while (await r.ReadAsync(cancellationToken))
        {
            list.Add(new ArticleSummary(
                r.GetString(0),
                r.GetString(1),
                Sql.NullableString(r, 2),
                Sql.NullableString(r, 3),
                ArticleRow.ParseTime(Sql.NullableString(r, 4)),
                r.GetInt32(5),
                storedAt(r, 6)));
        }

        return list;
    }

    /// <summary>Reads (id, title, outlet, snippet, rank) rows; <paramref name="score"/> turns the rank into "higher is better".</summary>
    public static async Task<IReadOnlyList<SearchHit>> ReadHitsAsync(DbCommand command, Func<DbDataReader, int, double> score, CancellationToken cancellationToken)
    {
        var list = new List<SearchHit>();
        await using var r = await command.ExecuteReaderAsync(cancellationToken);
        while (await r.ReadAsync(cancellationToken))
        {
            list.Add(new SearchHit(r.GetString(0), Sql.NullableString(r, 1), Sql.NullableString(r, 2), Sql.NullableString(r, 3) ?? "", score(r, 4)));
        }

        return list;
    }
}
