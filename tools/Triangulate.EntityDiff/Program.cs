using System.Text.Json;
using Triangulate.Core.Model;
using Triangulate.Nlp.Entities;
using Triangulate.Nlp.Sentences;
using Triangulate.Nlp.Tokens;
using Triangulate.Stories.Entities;

// Canonical entities of real stories, one line each, for diffing before and after a change to the entity rules
// (docs/ner.md): the BASIL dev stories (three outlets each), the five seed articles as one story, and the first
// N BBC newsdocs articles, each its own story.
//   dotnet run -c Release --project tools/Triangulate.EntityDiff -- ../shared/data 250 > entities.tsv
if (args.Length < 1)
{
    Console.Error.WriteLine("usage: <data dir> [bbc articles, default 250]");
    return 2;
}

var data = args[0];
var bbcCount = args.Length > 1 ? int.Parse(args[1]) : 250;
var stories = new List<(string Story, List<Article> Articles)>();
foreach (var group in File.ReadLines(Path.Combine(data, "stories", "basil.jsonl")).Select(l => JsonDocument.Parse(l).RootElement)
    .Where(e => e.GetProperty("split").GetString() == "dev").GroupBy(e => e.GetProperty("cluster").GetString()!))
{
    stories.Add(($"basil:{group.Key}", group.Select(e => Make(e.GetProperty("id").GetString()!, e.GetProperty("text").GetString()!)).ToList()));
}

stories.Add(("seeds", Directory.GetFiles(Path.Combine(data, "seeds"), "*.txt").Order(StringComparer.Ordinal)
    .Select(f => Make(Path.GetFileNameWithoutExtension(f), File.ReadAllText(f))).ToList()));
foreach (var e in Directory.GetFiles(Path.Combine(data, "newsdocs"), "bbc-*.jsonl").Order(StringComparer.Ordinal)
    .SelectMany(File.ReadLines).Take(bbcCount).Select(l => JsonDocument.Parse(l).RootElement))
{
    var id = e.GetProperty("id").GetString()!;
    stories.Add(($"bbc:{id}", [Make(id, e.GetProperty("text").GetString()!)]));
}

var canonicalizer = new EntityCanonicalizer();
foreach (var (story, articles) in stories)
{
    foreach (var entity in canonicalizer.Canonicalize(articles).OrderBy(x => x.Name, StringComparer.Ordinal))
    {
        Console.WriteLine($"{story}\t{entity.Type}\t{entity.Name}\t{entity.Mentions.Count}");
    }
}

return 0;

static Article Make(string id, string text)
{
    var article = new Article(id, new ArticleSource(id), new ArticleMetadata(), text);
    new TokenizerStage().Process(article, CancellationToken.None);
    new SentenceStage().Process(article, CancellationToken.None);
    new EntityStage().Process(article, CancellationToken.None);
    return article;
}
