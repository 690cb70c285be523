using Microsoft.Data.Sqlite;
using Triangulate.Core.Storage;
using Triangulate.Storage.Living;

namespace Triangulate.Storage.Sqlite;

/// <summary>Binds <see cref="ArticleRow"/> to SQLite parameters and reads rows back; column order is fixed here.</summary>
internal static class SqliteArticleMapping
{
    private static readonly string[] ParameterNames =
    [
        "$id", "$input", "$url", "$feed", "$outlet", "$title", "$title_derived", "$byline", "$published", "$published_utc",
        "$language", "$dateline", "$credited_sources", "$text", "$removed", "$length", "$stored_at", "$source_id",
    ];

    public static SqliteParameter[] CreateInsertParameters(SqliteCommand command)
    {
        var parameters = new SqliteParameter[ParameterNames.Length];
        for (var i = 0; i < parameters.Length; i++)
        {
            parameters[i] = command.Parameters.Add(ParameterNames[i], SqliteType.Text);
        }

        parameters[6].SqliteType = SqliteType.Integer;
        parameters[15].SqliteType = SqliteType.Integer;
        return parameters;
    }

    public static void Bind(SqliteParameter[] p, ArticleRow row)
    {
        p[0].Value = row.Id;
        p[1].Value = row.Input;
        p[2].Value = Nullable(row.Url);
        p[3].Value = Nullable(row.Feed);
        p[4].Value = Nullable(row.Outlet);
        p[5].Value = Nullable(row.Title);
        p[6].Value = row.TitleDerived ? 1 : 0;
        p[7].Value = Nullable(row.Byline);
        p[8].Value = Nullable(row.Published);
        p[9].Value = Nullable(row.PublishedUtc);
        p[10].Value = Nullable(row.Language);
        p[11].Value = Nullable(row.Dateline);
        p[12].Value = row.CreditedSourcesJson;
        p[13].Value = row.Text;
        p[14].Value = row.RemovedJson;
        p[15].Value = row.Length;
        p[16].Value = row.StoredAt;
        p[17].Value = Nullable(row.SourceId);
    }

    /// <summary>Reads a row selected with <see cref="ArticleRowReader.Columns"/>; SQLite keeps the instants as sortable text.</summary>
    public static ArticleRow ReadRow(SqliteDataReader r) => ArticleRowReader.ReadRow(r, Sql.NullableString);

    /// <summary>Reads rows selected with <see cref="ArticleRowReader.SummaryColumns"/>; SQLite keeps the stored-at instant as sortable text.</summary>
    public static Task<IReadOnlyList<ArticleSummary>> ReadSummariesAsync(SqliteCommand command, CancellationToken cancellationToken) =>
        ArticleRowReader.ReadSummariesAsync(command, static (r, i) => ArticleRow.ParseTime(r.GetString(i))!.Value, cancellationToken);

    /// <summary>Reads (id, title, outlet, snippet, bm25 rank) rows; bm25 is lower-is-better, so it is negated.</summary>
    public static Task<IReadOnlyList<SearchHit>> ReadHitsAsync(SqliteCommand command, CancellationToken cancellationToken) =>
        ArticleRowReader.ReadHitsAsync(command, static (r, i) => -r.GetDouble(i), cancellationToken);

    private static object Nullable(string? value) => value is null ? DBNull.Value : value;
}
