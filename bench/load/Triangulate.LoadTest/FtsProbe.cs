using System.Diagnostics;
using System.Globalization;
using Microsoft.Data.Sqlite;

namespace Triangulate.LoadTest;

/// <summary>
/// Times the store's search SQL against a two-phase form on the same FTS5 index, one query at a time, to show
/// where search time goes on a large store: the store's query computes snippet() for every match before
/// sorting, while ranking alone is cheap. (Read-only: opens the file with Mode=ReadOnly.)
/// </summary>
public static class FtsProbe
{
    private const string Current = """
        SELECT a.id, a.title, a.outlet, snippet(articles_fts, -1, '**', '**', '…', 24), bm25(articles_fts, 5.0, 1.0) AS rank
        FROM articles_fts JOIN articles a ON a.seq = articles_fts.rowid
        WHERE articles_fts MATCH $match ORDER BY rank LIMIT 20
        """;

    private const string RankOnly = """
        SELECT rowid FROM articles_fts WHERE articles_fts MATCH $match ORDER BY bm25(articles_fts, 5.0, 1.0) LIMIT 20
        """;

    private const string TwoPhase = """
        SELECT a.id, a.title, a.outlet, snippet(articles_fts, -1, '**', '**', '…', 24), bm25(articles_fts, 5.0, 1.0) AS rank
        FROM articles_fts JOIN articles a ON a.seq = articles_fts.rowid
        WHERE articles_fts MATCH $match
          AND articles_fts.rowid IN (SELECT rowid FROM articles_fts WHERE articles_fts MATCH $match ORDER BY bm25(articles_fts, 5.0, 1.0) LIMIT 20)
        ORDER BY rank
        """;

    public static void Run(string db)
    {
        using var connection = new SqliteConnection($"Data Source={db};Mode=ReadOnly");
        connection.Open();
        Console.WriteLine($"{"query",-16} {"matches",8} {"current ms",11} {"rank-only ms",13} {"two-phase ms",13}");
        var totals = new double[3];
        foreach (var q in LoadRunner.Queries)
        {
            var match = string.Join(' ', q.Split(' ').Select(w => "\"" + w + "\""));
            var matches = Count(connection, match);
            var t = new[] { Time(connection, Current, match), Time(connection, RankOnly, match), Time(connection, TwoPhase, match) };
            for (var i = 0; i < 3; i++)
            {
                totals[i] += t[i];
            }

            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{q,-16} {matches,8} {t[0],11:0.0} {t[1],13:0.0} {t[2],13:0.0}"));
        }

        var n = LoadRunner.Queries.Length;
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{"mean",-16} {"",8} {totals[0] / n,11:0.0} {totals[1] / n,13:0.0} {totals[2] / n,13:0.0}"));
    }

    private static long Count(SqliteConnection c, string match)
    {
        using var cmd = c.CreateCommand();
        cmd.CommandText = "SELECT count(*) FROM articles_fts WHERE articles_fts MATCH $match";
        cmd.Parameters.AddWithValue("$match", match);
        return (long)cmd.ExecuteScalar()!;
    }

    /// <summary>Best of three runs, after one warm-up: the page cache is warm in a serving process too.</summary>
    private static double Time(SqliteConnection c, string sql, string match)
    {
        var best = double.MaxValue;
        for (var run = 0; run < 4; run++)
        {
            using var cmd = c.CreateCommand();
            cmd.CommandText = sql;
            cmd.Parameters.AddWithValue("$match", match);
            var watch = Stopwatch.StartNew();
            using (var reader = cmd.ExecuteReader())
            {
                while (reader.Read())
                {
                }
            }

            if (run > 0)
            {
                best = Math.Min(best, watch.Elapsed.TotalMilliseconds);
            }
        }

        return best;
    }
}
