using System.Globalization;
using System.Text;
using System.Text.Json;
using Triangulate.Core.Ingest;

namespace Triangulate.Living.Bench;

/// <summary>
/// The synthetic stream of the flat-cost measurement: the 22,004 real newsdocs texts, repeated as many times as
/// needed, each copy made a different article. Copy k of a text gets (1) a publication date on one timeline
/// (article n of the stream at start + n × span / count, so the stream is in publication order and its density
/// is that of a busy feed list), (2) its name-like words (capitalised, not sentence-initial) replaced, the same
/// word by the same made-up name within the copy and by another name in the next copy (names from a fixed pool
/// of syllable names, so the vocabulary stays that of a large real corpus, not one new word per article), and
/// (3) its figures scaled by a per-copy factor in [0.5, 1.5], keeping their digits' count. Outlets are the
/// source plus one of 40 desk names. Deterministic: the same arguments give the same stream.
/// </summary>
public sealed class SyntheticStream(IReadOnlyList<BaseArticle> bases, int count, TimeSpan span, int seed = 7)
{
    private static readonly string[] Syllables = ["ka", "lo", "mer", "tan", "vi", "sor", "bel", "dra", "en", "fu", "gal", "hiro", "is", "jun", "kel", "lum", "mo", "nar", "os", "pell", "qui", "ros", "sen", "tor", "ul", "vek", "wen", "xa", "yor", "zan"];
    private static readonly string[] Desks = [.. Enumerable.Range(0, 40).Select(i => "Desk " + (char)('A' + i % 26) + (i / 26 + 1).ToString(CultureInfo.InvariantCulture))];
    private static readonly HashSet<string> Keep = new(StringComparer.Ordinal)
    {
        "I", "The", "A", "An", "In", "On", "At", "For", "And", "But", "He", "She", "It", "They", "We", "Mr", "Mrs", "Ms", "Dr",
        "January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December",
        "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday", "Reuters", "Reuter", "BBC",
    };

    public static DateTimeOffset Start { get; } = new(2024, 1, 1, 0, 0, 0, TimeSpan.Zero);

    public static List<BaseArticle> Load(string newsdocs)
    {
        var result = new List<BaseArticle>();
        foreach (var file in Directory.EnumerateFiles(newsdocs, "*.jsonl").Order(StringComparer.Ordinal))
        {
            foreach (var line in File.ReadLines(file))
            {
                using var doc = JsonDocument.Parse(line);
                var r = doc.RootElement;
                var text = r.GetProperty("text").GetString() ?? "";
                if (text.Length >= 200)
                {
                    result.Add(new BaseArticle(r.GetProperty("id").GetString()!, r.GetProperty("source").GetString() ?? "Wire", r.TryGetProperty("title", out var t) ? t.GetString() : null, text));
                }
            }
        }

        return result;
    }

    public IEnumerable<RawDocument> Documents()
    {
        var order = Enumerable.Range(0, bases.Count).OrderBy(i => Hash(seed, i)).ToArray();
        for (var n = 0; n < count; n++)
        {
            var copy = n / bases.Count;
            var b = bases[order[n % bases.Count]];
            var random = new Random((int)Fnv($"{seed}/{copy}/{b.Id}"));
            var names = new Dictionary<string, string>(StringComparer.Ordinal);
            var factor = 0.5 + random.NextDouble();
            var published = Start + TimeSpan.FromTicks((long)(span.Ticks * (n / (double)count))) + TimeSpan.FromMinutes(random.Next(30));
            var id = $"syn-{copy}-{b.Id}";
            var text = Rewrite(b.Text, names, factor, random);
            var title = b.Title is null ? null : Rewrite(b.Title, names, factor, random);
            yield return new RawDocument(id, id, DocumentFormat.PlainText, text, new DocumentHints
            {
                Title = string.IsNullOrWhiteSpace(title) ? null : title,
                Outlet = b.Source + " " + Desks[random.Next(Desks.Length)],
                Published = published,
            });
        }
    }

    public async IAsyncEnumerable<IngestItem> Items()
    {
        await Task.Yield();
        foreach (var document in Documents())
        {
            yield return IngestItem.Of(document);
        }
    }

    /// <summary>The stream as JSON Lines (id, title, outlet, published, text), which <c>triangulate ingest</c> reads.</summary>
    public void WriteJsonLines(TextWriter output, int from = 0, int take = int.MaxValue)
    {
        foreach (var d in Documents().Skip(from).Take(take))
        {
            output.WriteLine(JsonSerializer.Serialize(new Dictionary<string, string?>
            {
                ["id"] = d.Input,
                ["title"] = d.Hints.Title,
                ["outlet"] = d.Hints.Outlet,
                ["published"] = d.Hints.Published?.ToString("yyyy-MM-ddTHH:mm:ssZ", CultureInfo.InvariantCulture),
                ["text"] = d.Content,
            }));
        }
    }

    private static string Rewrite(string text, Dictionary<string, string> names, double factor, Random random)
    {
        var sb = new StringBuilder(text.Length + 32);
        var sentenceStart = true;
        var i = 0;
        while (i < text.Length)
        {
            var c = text[i];
            if (char.IsLetter(c))
            {
                var start = i;
                while (i < text.Length && (char.IsLetter(text[i]) || text[i] == '\''))
                {
                    i++;
                }

                var word = text[start..i];
                var nameLike = char.IsUpper(word[0]) && word.Length >= 3 && !sentenceStart && !Keep.Contains(word) && !IsAllUpper(word);
                sb.Append(nameLike ? Name(names, word, random) : word);
                sentenceStart = false;
            }
            else if (char.IsDigit(c))
            {
                var start = i;
                while (i < text.Length && char.IsDigit(text[i]))
                {
                    i++;
                }

                sb.Append(Scale(text[start..i], factor));
                sentenceStart = false;
            }
            else
            {
                sentenceStart |= c is '.' or '!' or '?' or '\n' or '"';
                sb.Append(c);
                i++;
            }
        }

        return sb.ToString();
    }

    private static string Name(Dictionary<string, string> names, string word, Random random)
    {
        if (!names.TryGetValue(word, out var name))
        {
            var parts = 2 + random.Next(2);
            var sb = new StringBuilder();
            for (var p = 0; p < parts; p++)
            {
                sb.Append(Syllables[random.Next(Syllables.Length)]);
            }

            sb[0] = char.ToUpperInvariant(sb[0]);
            name = sb.ToString();
            names[word] = name;
        }

        return name;
    }

    private static string Scale(string digits, double factor)
    {
        if (digits.Length > 9 || (digits.Length == 4 && digits.StartsWith("19", StringComparison.Ordinal)))
        {
            return digits;
        }

        var value = long.Parse(digits, CultureInfo.InvariantCulture);
        var scaled = Math.Max(0, (long)Math.Round(value * factor));
        var s = scaled.ToString(CultureInfo.InvariantCulture);
        return s.Length > digits.Length ? digits : s.PadLeft(digits.Length, digits[0] == '0' ? '0' : ' ').Trim();
    }

    private static bool IsAllUpper(string word) => word.All(ch => !char.IsLower(ch));

    private static uint Hash(int seed, int i) => Fnv($"{seed}:{i}");

    // Stable across processes (string.GetHashCode and HashCode are randomised per process).
    private static uint Fnv(string s)
    {
        var h = 2166136261u;
        foreach (var c in s)
        {
            h = (h ^ c) * 16777619u;
        }

        return h;
    }
}

/// <summary>One real newsdocs article the synthetic stream copies.</summary>
public sealed record BaseArticle(string Id, string Source, string? Title, string Text);
