using System.Diagnostics;
using System.Globalization;
using Lucene.Net.Analysis.Standard;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.QueryParsers.Classic;
using Lucene.Net.Search;
using Lucene.Net.Store;
using Lucene.Net.Util;
using Microsoft.Data.Sqlite;

namespace Triangulate.LoadTest;

/// <summary>
/// The same 100k articles and queries in Lucene.Net 4.8 (StandardAnalyzer, title boosted 5x like the store's
/// bm25 weights): index time, index size and per-query latency (top 20, stored id/title/outlet fetched;
/// no snippet), for the FTS5-or-Lucene decision in docs/server.md.
/// </summary>
public static class LuceneProbe
{
    private const LuceneVersion Version = LuceneVersion.LUCENE_48;

    public static void Run(string db, string indexFolder)
    {
        var watch = Stopwatch.StartNew();
        var analyzer = new StandardAnalyzer(Version);
        using (var dir = FSDirectory.Open(indexFolder))
        {
            if (!DirectoryReader.IndexExists(dir))
            {
                using var writer = new IndexWriter(dir, new IndexWriterConfig(Version, analyzer) { RAMBufferSizeMB = 256 });
                using var connection = new SqliteConnection($"Data Source={db};Mode=ReadOnly");
                connection.Open();
                using var cmd = connection.CreateCommand();
                cmd.CommandText = "SELECT id, title, outlet, text FROM articles";
                using var reader = cmd.ExecuteReader();
                while (reader.Read())
                {
                    writer.AddDocument(new Document
                    {
                        new StringField("id", reader.GetString(0), Field.Store.YES),
                        new TextField("title", reader.IsDBNull(1) ? "" : reader.GetString(1), Field.Store.YES),
                        new StoredField("outlet", reader.IsDBNull(2) ? "" : reader.GetString(2)),
                        new TextField("text", reader.GetString(3), Field.Store.NO),
                    });
                }

                writer.Commit();
                Console.WriteLine($"lucene: indexed in {watch.Elapsed.TotalSeconds:0.0} s");
            }

            var size = new DirectoryInfo(indexFolder).EnumerateFiles().Sum(f => f.Length);
            Console.WriteLine($"lucene: index {size / 1024.0 / 1024.0:0} MiB");
            using var index = DirectoryReader.Open(dir);
            var searcher = new IndexSearcher(index);
            var parser = new MultiFieldQueryParser(Version, ["title", "text"], analyzer, new Dictionary<string, float> { ["title"] = 5f, ["text"] = 1f })
            {
                DefaultOperator = Operator.AND,
            };
            Console.WriteLine($"{"query",-16} {"matches",8} {"lucene ms",10}");
            var total = 0.0;
            foreach (var q in LoadRunner.Queries)
            {
                var query = parser.Parse(q);
                var best = double.MaxValue;
                var hits = 0;
                for (var run = 0; run < 4; run++)
                {
                    var t = Stopwatch.StartNew();
                    var top = searcher.Search(query, 20);
                    foreach (var d in top.ScoreDocs)
                    {
                        _ = searcher.Doc(d.Doc).Get("title");
                    }

                    hits = top.TotalHits;
                    if (run > 0)
                    {
                        best = Math.Min(best, t.Elapsed.TotalMilliseconds);
                    }
                }

                total += best;
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{q,-16} {hits,8} {best,10:0.00}"));
            }

            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{"mean",-16} {"",8} {total / LoadRunner.Queries.Length,10:0.00}"));
        }
    }
}
