using System.Buffers;
using Triangulate.Core.Text;

namespace Triangulate.Stories.Clustering;

/// <summary>
/// Turns an article into weighted term counts: lowercased, accent-folded, stop-worded, lightly stemmed
/// words; headline and lead words weigh more; capitalised words inside a sentence get a small boost (names
/// matter most for telling two events of one kind apart). Entity names, when present, form a second vector.
/// </summary>
internal sealed class FeatureExtractor(StoryClustererOptions options, TermStatistics stats)
{
    private const int MaxWordLength = 40;
    private const char EntityPrefix = '\u0001';
    private const char AnchorPrefix = '\u0002';
    private static readonly SearchValues<char> SentenceMarks = SearchValues.Create(".!?\n:\"“");
    private readonly Dictionary<int, float> _text = [];
    private readonly Dictionary<int, float> _entities = [];
    private readonly Dictionary<int, float> _anchors = [];
    private readonly HashSet<string> _outletWords = new(StringComparer.Ordinal);
    private readonly HashSet<int> _lowercase = [];
    private readonly List<int> _headline = [];

    public TermCounts Count(ClusterInput input)
    {
        _text.Clear();
        _entities.Clear();
        _anchors.Clear();
        _lowercase.Clear();
        _headline.Clear();
        OutletWords(input.Outlet);
        if (!string.IsNullOrWhiteSpace(input.Title))
        {
            AddWords(input.Title, options.TitleWeight, boostNames: false);
        }

        var text = input.Text.AsSpan();
        var leadEnd = LeadEnd(text, options.LeadLength);
        AddWords(text[..leadEnd], options.LeadWeight, boostNames: true);
        AddWords(text[leadEnd..], 1f, boostNames: true);
        HeadlineWords(HeadlineCleaner.Clean(input.Title));
        if (input.Entities is { Count: > 0 })
        {
            foreach (var e in input.Entities)
            {
                AddEntity(e);
            }
        }

        var (ti, tc) = Sorted(_text);
        var (ei, ec) = Sorted(_entities);
        var (ai, ac) = Sorted(_anchors);
        return new TermCounts(input, ti, tc, ei, ec, ai, ac) { HeadlineNames = HeadlineNames() };
    }

    /// <summary>
    /// The headline's names: its words that the text writes capitalised inside a sentence and never in lower case
    /// ("Pulse", "Wilkinsburg"; not "Police", which the text also writes "police said"), as anchor ids, ascending.
    /// </summary>
    private int[] HeadlineNames()
    {
        if (_headline.Count == 0)
        {
            return [];
        }

        var names = new List<int>(_headline.Count);
        for (var k = 0; k < _headline.Count; k += 2)
        {
            var (textId, anchorId) = (_headline[k], _headline[k + 1]);
            if (_anchors.ContainsKey(anchorId) && !_lowercase.Contains(textId) && !names.Contains(anchorId))
            {
                names.Add(anchorId);
            }
        }

        names.Sort();
        return [.. names];
    }

    /// <summary>Notes each content word of the cleaned headline that the text has as an anchor (its text id and anchor id)
    /// for <see cref="HeadlineNames"/>; only looks words up, so the vocabulary does not grow.</summary>
    private void HeadlineWords(string? headline)
    {
        if (headline is null)
        {
            return;
        }

        var text = headline.AsSpan();
        Span<char> key = stackalloc char[MaxWordLength + 1];
        key[0] = AnchorPrefix;
        var i = 0;
        while (Tokenizer.NextWordRun(text, ref i, out var start))
        {
            var n = i - start;
            if (n > MaxWordLength || n < 2)
            {
                continue;
            }

            var word = key[1..(n + 1)];
            for (var k = 0; k < n; k++)
            {
                word[k] = TextFolding.Fold(text[start + k]);
            }

            if (Stopwords.Contains(word) || CalendarWords.Contains(word) || CalendarWords.IsHoliday(word) || IsOutletWord(word))
            {
                continue;
            }

            var len = LightStemmer.Stem(word);
            if (stats.TryGetId(word[..len], out var textId) && stats.TryGetId(key[..(len + 1)], out var anchorId))
            {
                _headline.Add(textId);
                _headline.Add(anchorId);
            }
        }
    }

    /// <summary>Sublinear TF, ln(1 + weighted count), × current IDF, L2-normalised.</summary>
    public SparseVector Vectorize(int[] ids, float[] counts) => Vectorize(ids, counts, options.IdfPower);

    /// <summary>
    /// The anchor vector: like <see cref="Vectorize(int[], float[])"/> with IDF raised to
    /// <see cref="StoryClustererOptions.AnchorIdfPower"/>, so a shared rare name (the victim, the venue, the
    /// village) outweighs shared common ones ("Chicago", "Police", "Trump").
    /// </summary>
    public SparseVector VectorizeAnchors(int[] ids, float[] counts) => Vectorize(ids, counts, options.AnchorIdfPower);

    private SparseVector Vectorize(int[] ids, float[] counts, float idfPower)
    {
        if (ids.Length == 0)
        {
            return SparseVector.Empty;
        }

        var ws = new float[ids.Length];
        for (var i = 0; i < ids.Length; i++)
        {
            ws[i] = MathF.Log(1f + counts[i]) * MathF.Pow(stats.Idf(ids[i]), idfPower);
        }

        return new SparseVector((int[])ids.Clone(), ws).Normalized();
    }

    private static int LeadEnd(ReadOnlySpan<char> text, int length)
    {
        if (text.Length <= length)
        {
            return text.Length;
        }

        return Tokenizer.WordRunEnd(text, length);
    }

    private void AddWords(ReadOnlySpan<char> text, float weight, bool boostNames)
    {
        Span<char> buffer = stackalloc char[MaxWordLength];
        var sentenceStart = true;
        var i = 0;
        var gap = 0;
        while (Tokenizer.NextWordRun(text, ref i, out var start))
        {
            // A mark between the last word and this one opens a sentence.
            sentenceStart |= text[gap..start].ContainsAny(SentenceMarks);
            gap = i;
            var n = i - start;
            if (n > MaxWordLength || n < 2)
            {
                sentenceStart = false;
                continue;
            }

            for (var k = 0; k < n; k++)
            {
                buffer[k] = TextFolding.Fold(text[start + k]);
            }

            var capitalised = char.IsUpper(text[start]);
            var word = buffer[..n];
            if (!Stopwords.Contains(word) && !IsOutletWord(word))
            {
                var len = LightStemmer.Stem(word);
                var name = boostNames && capitalised && !sentenceStart && !IsAllUpper(text.Slice(start, n));
                var w = name ? weight * options.ProperNounBoost : weight;
                var id = stats.GetOrAdd(word[..len]);
                _text[id] = _text.GetValueOrDefault(id) + w;
                if (boostNames && !capitalised)
                {
                    _lowercase.Add(id);
                }

                if (name && !CalendarWords.Contains(word))
                {
                    AddAnchor(word[..len], weight);
                }
            }

            sentenceStart = false;
        }
    }

    /// <summary>
    /// A capitalised word inside a sentence is most often a name (a person, an organisation, a place): the story's
    /// anchors, which stay while its vocabulary drifts from "rescue" to "aid" to "mourning". Taken from the text,
    /// so anchors work with or without an entity stage.
    /// </summary>
    private void AddAnchor(ReadOnlySpan<char> stem, float weight)
    {
        Span<char> key = stackalloc char[stem.Length + 1];
        key[0] = AnchorPrefix;
        stem.CopyTo(key[1..]);
        var id = stats.GetOrAdd(key);
        _anchors[id] = _anchors.GetValueOrDefault(id) + weight;
    }

    // The site's own name ("DNAinfo", "SlashGear", "9to5Mac") is furniture on every one of its pages. Only a
    // one-word name or a host's registered label is taken: the words of "New York Post" are also a place.
    private void OutletWords(string? outlet)
    {
        _outletWords.Clear();
        var name = outlet?.Trim();
        if (string.IsNullOrEmpty(name) || name.Contains(' ', StringComparison.Ordinal))
        {
            return;
        }

        var labels = name.Split('.', StringSplitOptions.RemoveEmptyEntries);
        var label = labels.Length >= 2 ? labels[^2] : labels[0];
        if (label.Length >= 3 && label.Length <= MaxWordLength)
        {
            _outletWords.Add(TextFolding.Fold(label));
        }
    }

    private bool IsOutletWord(ReadOnlySpan<char> word) =>
        _outletWords.Count > 0 && _outletWords.GetAlternateLookup<ReadOnlySpan<char>>().Contains(word);


    private static bool IsAllUpper(ReadOnlySpan<char> word)
    {
        foreach (var c in word)
        {
            if (char.IsLower(c))
            {
                return false;
            }
        }

        return true;
    }

    private void AddEntity(string entity)
    {
        // "TYPE:Name" or a bare name; the type is dropped because entity taggers disagree on it more than on the name.
        var colon = entity.IndexOf(':', StringComparison.Ordinal);
        var name = (colon >= 0 && colon < 8 ? entity.AsSpan(colon + 1) : entity.AsSpan()).Trim();
        if (name.EndsWith("'s", StringComparison.Ordinal) || name.EndsWith("’s", StringComparison.Ordinal))
        {
            name = name[..^2];
        }

        if (name.Length < 2 || name.Length > 80)
        {
            return;
        }

        Span<char> buffer = stackalloc char[name.Length + 1];
        buffer[0] = EntityPrefix;
        var n = 1;
        var space = false;
        foreach (var c in name)
        {
            if (char.IsWhiteSpace(c) || c is '.' or ',')
            {
                space = n > 1;
                continue;
            }

            if (space)
            {
                buffer[n++] = ' ';
                space = false;
            }

            buffer[n++] = TextFolding.Fold(c);
        }

        if (n <= 2)
        {
            return;
        }

        var id = stats.GetOrAdd(buffer[..n]);
        _entities[id] = _entities.GetValueOrDefault(id) + 1f;
    }

    private static (int[] Ids, float[] Counts) Sorted(Dictionary<int, float> counts)
    {
        var ids = new int[counts.Count];
        var ws = new float[counts.Count];
        counts.Keys.CopyTo(ids, 0);
        Array.Sort(ids);
        for (var i = 0; i < ids.Length; i++)
        {
            ws[i] = counts[ids[i]];
        }

        return (ids, ws);
    }
}
