using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using Triangulate.Core.Model;

namespace Triangulate.Quality.Lineage;

/// <summary>
/// Builds a corpus of agency reports rewritten without their wording (issue #22 item 7, docs/lineage.md
/// "Paraphrases and translations"). Sources are real Reuters-21578 reports from newsdocs. Each family holds the
/// agency's copy (left out in a third of the families, so two rewrites must find each other) and:
/// <list type="bullet">
/// <item>1-2 <b>paraphrases</b> by other outlets: every sentence reworded (clauses turned round, words swapped for
/// synonyms, four in ten of the other lower-case words for the outlet's own made-up word, fillers inserted, figures
/// respelled "mln" → "million"), some sentences dropped, neighbours swapped; quotations, figures and names kept; a
/// credit to the agency added. Few runs of eight words survive, so wording alone no longer finds them;</item>
/// <item>in most families a <b>translation</b>: a documented synthetic, since no real translated pairs exist in
/// ../shared. Every word goes into a made-up cipher language with Spanish, French or German function words,
/// quotation marks and number format ("155.221", "5,93"); names and figures stay, in their order, a few
/// neighbouring words swap; the agency credited in that language's way ("Con información de Reuters",
/// "Mit Material von Reuters", a "(Reuters) -" dateline).</item>
/// </list>
/// Hard negatives: in most families an <b>independent report</b> of the same event by another outlet (half of the
/// source's sentences, shuffled and reworded, the same names and figures) that credits no one or another agency: it
/// must stay its own lineage. Unrelated newsdocs reports are mixed in. Deterministic for a seed; sources partitioned
/// by id parity so the dev (seed 1) and test (seed 2) corpora share no source.
/// </summary>
internal sealed class ParaphraseGenerator
{
    private static readonly Regex SentenceEnd = new(@"(?<=[.!?])\s+(?=[""“A-Z])", RegexOptions.CultureInvariant);
    private static readonly Regex SaidClause = new(@"^(?<who>[^,""“”]{3,60}?) said (?:that )?(?<what>[^""“”]{20,})\.$", RegexOptions.CultureInvariant);
    private static readonly Regex Quote = new(@"[""“][^""“”]{3,400}[""”]", RegexOptions.CultureInvariant);
    private static readonly Regex Item = new(@"[""“][^""“”]{3,400}[""”]|\d[\d.,]*\d|\d|(?<![.!?]\s)(?<!^)\b[A-Z][A-Za-z&'-]+(?: [A-Z][A-Za-z&'-]+)*", RegexOptions.CultureInvariant | RegexOptions.Multiline);

    private static readonly string[] Outlets = ["Harbour Herald", "Northern Ledger", "Valley Courier", "Capital Post", "Coastal Times", "Evening Standard-Gazette"];
    private static readonly string[] Agencies = ["AFP", "Associated Press", "Bloomberg"];

    private static readonly (string From, string[] To)[] Synonyms =
    [
        ("said", ["stated", "noted", "told reporters", "explained"]), ("rose", ["climbed", "increased", "went up"]),
        ("fell", ["dropped", "declined", "slipped"]), ("company", ["firm", "group", "business"]), ("expected", ["forecast", "anticipated", "projected"]),
        ("increase", ["rise", "gain", "jump"]), ("shares", ["stock", "equity"]), ("market", ["sector", "trade"]),
        ("year", ["twelve months", "period"]), ("government", ["authorities", "administration"]), ("agreed", ["consented", "accepted"]),
        ("plans", ["intends", "aims"]), ("total", ["overall", "combined"]), ("against", ["compared with", "versus"]),
        ("because", ["as", "since"]), ("about", ["around", "roughly"]), ("also", ["additionally", "as well"]), ("new", ["fresh", "latest"]),
    ];

    private static readonly Dictionary<string, string> Units = new(StringComparer.Ordinal)
    {
        ["mln"] = "million",
        ["bln"] = "billion",
        ["pct"] = "percent",
        ["dlrs"] = "dollars",
        ["cts"] = "cents",
    };

    private static readonly string[] Fillers = ["reportedly", "notably", "meanwhile", "in fact", "according to figures"];

    private readonly Random _random;
    private int _outletSalt;

    public ParaphraseGenerator(int seed) => _random = new Random(seed);

    /// <summary>The kind of each article, for per-kind figures.</summary>
    public Dictionary<string, string> Kinds { get; } = new(StringComparer.Ordinal);

    /// <summary>The corpus and, per article id, its family (the source's id; an independent report is its own family).</summary>
    public (List<Article> Articles, Dictionary<string, string> Family) Build(IReadOnlyList<Article> pool, int sources, int parity)
    {
        var eligible = pool.Where(a => a.Metadata.Outlet == "Reuters" && Parity(a.Id) == parity && a.Text.Length >= 900
            && RewriteGenerator.Paragraphs(a.Text).Count >= 3 && DistinctFigures(a.Text) >= 4).ToList();
        Shuffle(eligible);

        // Reuters-21578 re-issues a report under a new id: keep one version of each, so two families never hold one report.
        var seen = new HashSet<string>(StringComparer.Ordinal);
        eligible = eligible.Where(a => seen.Add(Opening(a.Text))).ToList();
        var articles = new List<Article>();
        var family = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var source in eligible.Take(sources))
        {
            var sentences = Sentences(source.Text);
            var published = source.Metadata.Published;
            void Add(Article a, string kind, string fam)
            {
                articles.Add(a);
                family[a.Id] = fam;
                Kinds[a.Id] = kind;
            }

            if (_random.Next(3) > 0)
            {
                Add(source, "agency", source.Id);
            }

            var paraphrases = 1 + _random.Next(2);
            for (var p = 0; p < paraphrases; p++)
            {
                var outletIndex = _random.Next(Outlets.Length);
                var outlet = Outlets[outletIndex];
                _outletSalt = (outletIndex * 7919) + p;
                Add(Make(source, "para" + p, Credit(Paraphrase(sentences, 0.85), "en"), outlet, "en", published?.AddHours(1 + _random.Next(20))), "paraphrase", source.Id);
            }

            if (_random.NextDouble() < 0.8)
            {
                var lang = new[] { "es", "fr", "de" }[_random.Next(3)];
                Add(Make(source, "tr-" + lang, Credit(Translate(sentences, lang), lang), "Diario " + lang.ToUpperInvariant(), lang, published?.AddHours(2 + _random.Next(30))), "translation", source.Id);
            }

            if (_random.NextDouble() < 0.7)
            {
                var own = Independent(sentences);
                var text = _random.Next(2) == 0 ? "(" + Agencies[_random.Next(Agencies.Length)] + ") - " + own : own;
                var independent = Make(source, "independent", text, Outlets[_random.Next(Outlets.Length)], "en", published?.AddHours(_random.Next(24)));
                Add(independent, "independent", independent.Id);
            }
        }

        // Reuters-21578 holds re-issues of one report under slightly different titles: a distractor that opens like a
        // source or shares most of its title words is left out, since it may be a version of that source.
        var openings = new HashSet<string>(eligible.Take(sources).Select(a => Opening(a.Text)), StringComparer.Ordinal);
        var titleWords = eligible.Take(sources).Select(a => TitleWords(a.Metadata.Title)).ToList();
        foreach (var distractor in eligible.Skip(sources).Where(a => !openings.Contains(Opening(a.Text))
            && !titleWords.Exists(t => Jaccard(t, TitleWords(a.Metadata.Title)) >= 0.5)).Take(sources))
        {
            articles.Add(distractor);
            family[distractor.Id] = distractor.Id;
            Kinds[distractor.Id] = "distractor";
        }

        Shuffle(articles);
        return (articles, family);
    }

    private string Paraphrase(List<string> sentences, double keep)
    {
        var result = new List<string>();
        foreach (var sentence in sentences)
        {
            if (result.Count > 0 && _random.NextDouble() > keep)
            {
                continue;
            }

            result.Add(Reword(sentence));
        }

        for (var i = 2; i < result.Count; i++)
        {
            if (_random.NextDouble() < 0.3)
            {
                (result[i - 1], result[i]) = (result[i], result[i - 1]);
            }
        }

        return string.Join(" ", result);
    }

    // Turn "X said Y." round, swap words for synonyms, respell units, insert fillers; quotations stay verbatim.
    private string Reword(string sentence)
    {
        var m = SaidClause.Match(sentence);
        if (m.Success && !Quote.IsMatch(sentence))
        {
            var what = m.Groups["what"].Value;
            sentence = char.ToUpperInvariant(what[0]) + what[1..] + ", " + m.Groups["who"].Value + " said.";
        }

        var parts = Quote.Split(sentence);
        var quotes = Quote.Matches(sentence);
        var sb = new StringBuilder();
        for (var i = 0; i < parts.Length; i++)
        {
            sb.Append(RewordWords(parts[i]));
            if (i < quotes.Count)
            {
                sb.Append(quotes[i].Value);
            }
        }

        return sb.ToString();
    }

    private string RewordWords(string text)
    {
        var words = text.Split(' ');
        var output = new List<string>(words.Length + 4);
        foreach (var word in words)
        {
            var bare = word.TrimEnd(',', '.', ';');
            var tail = word[bare.Length..];
            if (Units.TryGetValue(bare, out var unit))
            {
                output.Add(unit + tail);
            }
            else if (Array.Find(Synonyms, s => s.From == bare) is { To: not null } syn && _random.NextDouble() < 0.8)
            {
                output.Add(syn.To[_random.Next(syn.To.Length)] + tail);
            }
            else if (bare.Length > 3 && bare.All(char.IsLower) && _random.NextDouble() < 0.4)
            {
                // A word the synonym table lacks: an outlet's own word for it (made up, one per word and outlet).
                output.Add(PseudoSynonym(bare) + tail);
            }
            else
            {
                output.Add(word);
            }

            if (word.Length > 0 && char.IsLower(word[0]) && _random.NextDouble() < 0.12)
            {
                output.Add(Fillers[_random.Next(Fillers.Length)]);
            }
        }

        return string.Join(' ', output);
    }

    private string PseudoSynonym(string word)
    {
        var h = (uint)_outletSalt;
        foreach (var c in word)
        {
            h = (h ^ c) * 16777619u;
        }

        string[] syllables = ["ver", "ta", "mo", "lin", "ex", "por", "cal", "ne", "sum", "di"];
        return syllables[h % 10] + syllables[(h >> 8) % 10] + (word.Length > 6 ? syllables[(h >> 16) % 10] : string.Empty);
    }

    // An independent report: its own reporter's sentences around the same facts (most of the names and figures, in
    // its own order), in the story's vocabulary but none of the agency's sentences: the words of the source are
    // drawn at random around the facts, so no run of four survives.
    private string Independent(List<string> sentences)
    {
        var items = sentences.SelectMany(s => Item.Matches(s).Select(m => m.Value)).Where(i => i[0] is not ('"' or '“')).Distinct().ToList();
        var vocabulary = sentences.SelectMany(s => s.Split(' ')).Select(w => w.Trim(',', '.', '"', '“', '”', ';', ':'))
            .Where(w => w.Length > 2 && char.IsLower(w[0])).ToList();
        var picked = items.Where(_ => _random.NextDouble() < 0.7).ToList();
        Shuffle(picked);
        var sb = new StringBuilder();
        for (var i = 0; i < picked.Count; i += 2)
        {
            var words = Enumerable.Range(0, 3 + _random.Next(4)).Select(_ => vocabulary.Count == 0 ? "also" : vocabulary[_random.Next(vocabulary.Count)]).ToList();
            words.Insert(_random.Next(words.Count + 1), picked[i]);
            if (i + 1 < picked.Count)
            {
                words.Insert(_random.Next(words.Count + 1), picked[i + 1]);
            }

            var sentence = string.Join(' ', words);
            sb.Append(char.ToUpperInvariant(sentence[0])).Append(sentence[1..]).Append(". ");
        }

        return sb.ToString().Trim();
    }

    // Each word in a made-up cipher language (the same English word always gives the same foreign word, so two
    // translations of different reports share no more than two English reports would); names kept; figures in
    // the target's number format; a few neighbouring words swapped, as translation reorders.
    private string Translate(List<string> sentences, string lang)
    {
        var language = CipherLanguage.For(lang);
        var output = new List<string>();
        foreach (var sentence in sentences)
        {
            var words = sentence.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            var translated = new List<string>(words.Length);
            for (var i = 0; i < words.Length; i++)
            {
                translated.Add(language.Word(words[i], sentenceStart: i == 0));
            }

            for (var i = 2; i < translated.Count; i++)
            {
                if (_random.NextDouble() < 0.15 && !translated[i - 1].EndsWith('.'))
                {
                    (translated[i - 1], translated[i]) = (translated[i], translated[i - 1]);
                }
            }

            output.Add(string.Join(' ', translated));
        }

        return string.Join(' ', output);
    }

    private string Credit(string text, string lang) => (lang, _random.Next(3)) switch
    {
        (_, 0) => "MADRID (Reuters) - " + text,
        ("en", 1) => text + " With inputs from Reuters.",
        ("en", _) => text + " Reuters reported the figures first.",
        ("es", _) => text + "\n\nCon información de Reuters.",
        ("de", _) => text + "\n\nMit Material von Reuters.",
        _ => "PARIS (Reuters) - " + text,
    };

    private static string Opening(string text)
    {
        var flat = string.Join(' ', text.Split((char[])[' ', '\n', '\r', '\t'], StringSplitOptions.RemoveEmptyEntries));
        return flat[..Math.Min(80, flat.Length)];
    }

    private static HashSet<string> TitleWords(string? title) =>
        [.. (title ?? string.Empty).ToUpperInvariant().Split(' ', StringSplitOptions.RemoveEmptyEntries).Where(w => w.Length > 2)];

    private static double Jaccard(HashSet<string> a, HashSet<string> b) =>
        a.Count + b.Count == 0 ? 0 : (double)a.Intersect(b).Count() / a.Union(b).Count();

    private static Article Make(Article source, string suffix, string text, string outlet, string language, DateTimeOffset? published)
    {
        var id = source.Id + "#" + suffix;
        var metadata = source.Metadata with { Outlet = outlet, Language = language, Published = published, Title = null };
        return new Article(id, new ArticleSource(id), metadata, text);
    }

    private static List<string> Sentences(string text) =>
        [.. RewriteGenerator.Paragraphs(text).SelectMany(p => SentenceEnd.Split(p)).Where(s => s.Length > 0)];

    private static int DistinctFigures(string text) => Triangulate.Stories.Lineage.FigureSkeleton.Compute(text).Distinct.Length;

    private static int Parity(string id) => id.Aggregate(0, (h, c) => (h * 31) + c) & 1;

    private void Shuffle<T>(List<T> list)
    {
        for (var i = list.Count - 1; i > 0; i--)
        {
            var j = _random.Next(i + 1);
            (list[i], list[j]) = (list[j], list[i]);
        }
    }
}
