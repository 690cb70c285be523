using System.Data.Common;
using Triangulate.Core.Storage;

namespace Triangulate.Storage;

/// <summary>
/// The listing and search rows both stores select in the same column order. Only two columns differ by
/// provider (how the stored-at instant and the rank are kept), so the stores pass those reads in and share
/// the rest.
/// </summary>
internal static class ArticleRowReader
{
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
                NullableString(r, 2),
                NullableString(r, 3),
                ArticleRow.ParseTime(NullableString(r, 4)),
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
            list.Add(new SearchHit(r.GetString(0), NullableString(r, 1), NullableString(r, 2), NullableString(r, 3) ?? "", score(r, 4)));
        }

        return list;
    }

    public static string? NullableString(DbDataReader r, int ordinal) => r.IsDBNull(ordinal) ? null : r.GetString(ordinal);
}
