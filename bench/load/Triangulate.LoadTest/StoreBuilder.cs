using System.Text.Json;
using Triangulate.Core.Model;
using Triangulate.Core.Storage;
using Triangulate.Storage;

namespace Triangulate.LoadTest;

/// <summary>
/// Builds a store of N articles from ../shared/data/newsdocs (22k real articles): the corpus is repeated with
/// each copy made distinct (outlet, title, a dated lead line, shifted date), so every copy is a new article with
/// a new id and FTS5 indexes realistic text. Articles are built directly: the extraction pipeline is not what this measures.
/// </summary>
public static class StoreBuilder
{
    public static async Task BuildAsync(string newsdocs, string db, int count)
    {
        var docs = ReadDocs(newsdocs);
        Console.WriteLine($"read {docs.Count} source documents; building {count} articles in {db}");
        await using var store = await ArticleStores.OpenAsync(db);
        var existing = await store.CountAsync();
        if (existing >= count)
        {
            Console.WriteLine($"store already holds {existing} articles; nothing to do");
            return;
        }

        var batch = new List<Article>(2000);
        var watch = System.Diagnostics.Stopwatch.StartNew();
        for (var i = 0; i < count; i++)
        {
            batch.Add(Make(docs[i % docs.Count], i / docs.Count));
            if (batch.Count == batch.Capacity)
            {
                await store.AddAsync(batch);
                batch.Clear();
            }
        }

        await store.AddAsync(batch);
        Console.WriteLine($"stored {await store.CountAsync()} articles in {watch.Elapsed.TotalSeconds:0.0} s");
    }

    private static Article Make(SourceDoc doc, int copy)
    {
        var outlet = copy == 0 ? doc.Source : $"{doc.Source} Edition {copy}";
        var text = copy == 0 ? doc.Text : $"Edition {copy} update. {doc.Text}";
        var published = doc.Published?.AddDays(copy);
        var locator = $"{doc.Id}#{copy}";
        var metadata = new ArticleMetadata { Outlet = outlet, Title = string.IsNullOrEmpty(doc.Title) ? null : doc.Title, Published = published };
        return new Article(ArticleId.Compute(outlet, locator, text), new ArticleSource(locator), metadata, text);
    }

    private static List<SourceDoc> ReadDocs(string folder)
    {
        var docs = new List<SourceDoc>();
        foreach (var file in Directory.EnumerateFiles(folder, "*.jsonl").Order(StringComparer.Ordinal))
        {
            foreach (var line in File.ReadLines(file))
            {
                using var json = JsonDocument.Parse(line);
                var root = json.RootElement;
                var text = root.GetProperty("text").GetString() ?? "";
                if (text.Length == 0)
                {
                    continue;
                }

                DateTimeOffset? published = root.TryGetProperty("published", out var p) && p.ValueKind == JsonValueKind.String
                    && DateTimeOffset.TryParse(p.GetString() + "Z", out var when) ? when : null;
                docs.Add(new SourceDoc(root.GetProperty("id").GetString()!, root.GetProperty("source").GetString() ?? "?", root.GetProperty("title").GetString(), published, text));
            }
        }

        return docs;
    }

    private sealed record SourceDoc(string Id, string Source, string? Title, DateTimeOffset? Published, string Text);
}
