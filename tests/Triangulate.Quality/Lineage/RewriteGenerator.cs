using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;
using Triangulate.Core.Model;
using Triangulate.TestKit;

namespace Triangulate.Quality.Lineage;

/// <summary>
/// Builds a simulated syndication corpus from newsdocs: each chosen source article gets 1-4 derived copies
/// made the way outlets rewrite wire copy (trim from the bottom, reorder paragraphs, add a local lead, change
/// attribution lines, swap a few words, carry paraphrased sentences), and unrelated articles of the same
/// collection are mixed in. Paraphrases come from MSRP train pairs: the source carries one sentence of a
/// pair, the copy the other, each pair used once. Deterministic for a seed; sources are partitioned by id
/// parity so the dev and test corpora share no source.
/// </summary>
internal sealed class RewriteGenerator
{
    private static readonly Regex ParagraphBreak = new(@"\n\s*\n|\n {3,}", RegexOptions.CultureInvariant);
    private static readonly Regex Whitespace = new(@"\s+", RegexOptions.CultureInvariant);
    private static readonly Regex SignOff = new(@"\s*\bREUTER\b\s*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);

    private static readonly string[] Cities = ["Leeds", "Tacoma", "Ghent", "Perth", "Dayton", "Malmo", "Cork", "Halifax"];
    private static readonly string[] Days = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday"];
    private static readonly string[] LeadTemplates =
    [
        "Readers in {0} will be following the news closely this week.",
        "For businesses around {0}, the development could matter sooner than expected.",
        "Local officials in {0} said on {1} they were still studying what it would mean for the region.",
        "The news reached {0} early on {1}, where it quickly became the talk of the morning.",
    ];

    private static readonly (string From, string To)[] Synonyms =
    [
        (" said ", " stated "), (" company ", " firm "), (" expected ", " anticipated "), (" also ", " additionally "),
        (" but ", " however "), (" about ", " around "), (" rise ", " increase "), (" help ", " assist "),
    ];

    private readonly Random _random;
    private readonly Queue<(string Source, string Copy)> _paraphrases;

    public RewriteGenerator(int seed)
    {
        _random = new Random(seed);
        _paraphrases = new Queue<(string, string)>(LoadParaphrases(seed));
    }

    /// <summary>The corpus and, per article id, the id of the family it belongs to (its source's id).</summary>
    public (List<Article> Articles, Dictionary<string, string> Family) Build(IReadOnlyList<Article> pool, int sources, int parity)
    {
        var eligible = pool.Where(a => (Parity(a.Id) == parity) && Paragraphs(a.Text).Count >= 3 && a.Text.Length >= 900).ToList();
        Shuffle(eligible);
        var articles = new List<Article>();
        var family = new Dictionary<string, string>(StringComparer.Ordinal);
        var chosen = eligible.Take(sources).ToList();
        foreach (var source in chosen)
        {
            var paragraphs = Paragraphs(source.Text);
            var pairs = TakeParaphrases(_random.Next(0, 3));
            var original = Make(source, "src", string.Join("\n\n", Insert(paragraphs, pairs, copy: false)), source.Metadata.Published);
            articles.Add(original);
            family[original.Id] = source.Id;
            var copies = 1 + _random.Next(4);
            for (var c = 0; c < copies; c++)
            {
                var text = Rewrite(Insert(paragraphs, pairs, copy: true), source.Metadata.Outlet);
                var copy = Make(source, "copy" + c, text, source.Metadata.Published?.AddHours(1 + _random.Next(30)));
                articles.Add(copy);
                family[copy.Id] = source.Id;
            }
        }

        // Unrelated articles from the same collection; titles of chosen sources are excluded (they may be real versions).
        var titles = new HashSet<string>(chosen.Select(a => a.Metadata.Title ?? a.Id), StringComparer.Ordinal);
        var texts = new HashSet<string>(chosen.Select(a => a.Text), StringComparer.Ordinal);
        foreach (var distractor in eligible.Skip(sources).Where(a => !titles.Contains(a.Metadata.Title ?? "") && texts.Add(a.Text)).Take(sources * 2))
        {
            articles.Add(distractor);
            family[distractor.Id] = distractor.Id;
        }

        Shuffle(articles);
        return (articles, family);
    }

    private string Rewrite(List<string> paragraphs, string? outlet)
    {
        var result = new List<string>(paragraphs);
        if (result.Count > 3 && _random.NextDouble() < 0.6)
        {
            var keep = Math.Max(2, (int)(result.Count * (0.5 + (_random.NextDouble() * 0.4))));
            result = result.Take(keep).ToList();
        }

        if (result.Count > 2 && _random.NextDouble() < 0.5)
        {
            var tail = result.Skip(1).ToList();
            Shuffle(tail);
            result = [result[0], .. tail];
        }

        if (_random.NextDouble() < 0.5)
        {
            var template = LeadTemplates[_random.Next(LeadTemplates.Length)];
            result.Insert(0, string.Format(CultureInfo.InvariantCulture, template, Cities[_random.Next(Cities.Length)], Days[_random.Next(Days.Length)]));
        }

        for (var i = 0; i < result.Count; i++)
        {
            foreach (var (from, to) in Synonyms)
            {
                if (_random.NextDouble() < 0.3)
                {
                    result[i] = result[i].Replace(from, to, StringComparison.Ordinal);
                }
            }
        }

        return Attribution(string.Join("\n\n", result), outlet);
    }

    // Drop the agency sign-off; add a credit line or a dateline credit, or neither.
    private string Attribution(string text, string? outlet)
    {
        text = SignOff.Replace(text, "");
        var agency = outlet ?? "the agency";
        return _random.Next(4) switch
        {
            0 => text + "\n\nWith inputs from " + agency,
            1 => "LONDON (" + agency + ") - " + text,
            _ => text,
        };
    }

    // Paraphrase pairs go in at fixed paragraph positions, the same in the source and in every copy.
    private static List<string> Insert(List<string> paragraphs, List<(int At, string Source, string Copy)> pairs, bool copy)
    {
        var result = new List<string>(paragraphs);
        foreach (var (at, source, copyText) in pairs)
        {
            var index = Math.Min(at, result.Count - 1);
            result[index] = result[index] + " " + (copy ? copyText : source);
        }

        return result;
    }

    private List<(int, string, string)> TakeParaphrases(int count)
    {
        var result = new List<(int, string, string)>();
        for (var i = 0; i < count && _paraphrases.Count > 0; i++)
        {
            var (source, copy) = _paraphrases.Dequeue();
            result.Add((1 + _random.Next(3), source, copy));
        }

        return result;
    }

    private static Article Make(Article source, string suffix, string text, DateTimeOffset? published)
    {
        var id = source.Id + "#" + suffix;
        return new Article(id, new ArticleSource(id), source.Metadata with { Published = published }, text);
    }

    /// <summary>Paragraphs with hard wraps undone (Reuters-21578 wraps at 70 columns, indents paragraphs).</summary>
    public static List<string> Paragraphs(string text) =>
        [.. ParagraphBreak.Split(text).Select(p => Whitespace.Replace(p, " ").Trim()).Where(p => p.Length > 0)];

    private static int Parity(string id) => id.Aggregate(0, (h, c) => (h * 31) + c) & 1;

    private void Shuffle<T>(List<T> list)
    {
        for (var i = list.Count - 1; i > 0; i--)
        {
            var j = _random.Next(i + 1);
            (list[i], list[j]) = (list[j], list[i]);
        }
    }

    private static List<(string, string)> LoadParaphrases(int seed)
    {
        var path = SharedData.Path("data", "reuse", "msrp.jsonl");
        if (path is null)
        {
            return [];
        }

        var pairs = new List<(string, string)>();
        foreach (var line in File.ReadLines(path))
        {
            using var doc = JsonDocument.Parse(line);
            var row = doc.RootElement;
            if (row.GetProperty("split").GetString() == "train" && row.GetProperty("label").GetInt32() == 1)
            {
                pairs.Add((row.GetProperty("text1").GetString()!, row.GetProperty("text2").GetString()!));
            }
        }

        // Seeds take alternate halves, so dev and test corpora never share a paraphrase.
        return [.. pairs.Where((_, i) => (i & 1) == (seed & 1))];
    }
}
