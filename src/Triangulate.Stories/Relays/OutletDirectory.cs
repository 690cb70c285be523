using Triangulate.Stories.Entities;
using Triangulate.Stories.Lineage;

namespace Triangulate.Stories.Relays;

/// <summary>
/// Which capitalised names are news outlets, and under which name: the built-in agencies and outlets
/// (<see cref="OutletNames"/>, <see cref="NewsOrganisations"/>) plus the outlets and credited sources of the
/// corpus. A bare "the Times", "the Post" or "the Journal" resolves to the one outlet of that last word that
/// the article named in full earlier, else to the one the corpus publishes, else stays as written.
/// </summary>
public sealed class OutletDirectory
{
    /// <summary>Short forms papers are called by after a first full mention (capitalised, after "the").</summary>
    private static readonly HashSet<string> ShortForms = new(StringComparer.Ordinal) { "times", "post", "journal", "globe" };

    /// <summary>Last words that make a capitalised name of two words or more a publication ("The Denver Post",
    /// "Kansas City Star", "New York Daily News"), known or not. "Report" is left out: "the Mueller Report said".</summary>
    private static readonly HashSet<string> PressWords = new(StringComparer.Ordinal)
    {
        "times", "post", "journal", "tribune", "herald", "gazette", "globe", "chronicle", "courier", "dispatch", "examiner",
        "inquirer", "observer", "register", "telegraph", "star", "sun", "mirror", "express", "bulletin", "sentinel", "daily",
        "wire", "magazine", "radio", "television", "tv", "caller", "beast", "standard", "monitor", "news", "newspaper",
    };

    private static readonly HashSet<string> FunctionWords = new(StringComparer.Ordinal) { "the", "of", "and", "de", "la", "el", "le", "der", "die", "das", "do", "da", "del" };

    private static readonly char[] WordSeparators = [' ', '-', '.', '\''];

    /// <summary>The built-in part, the same for every directory: built once, not once per corpus run (the living
    /// engine runs the relay stage once per story recompute, and this part is most of the directory).</summary>
    private static readonly Lazy<BuiltIn> Shared = new(() => new BuiltIn());

    private readonly BuiltIn _builtIn = Shared.Value;

    /// <summary>The corpus's outlets (key → display name, first wins); they take precedence over the built-in names.</summary>
    private readonly Dictionary<string, string> _display = new(StringComparer.Ordinal);

    /// <summary>Lower-case words of the corpus's outlet names, for the cheap first pass over a text.</summary>
    private readonly HashSet<string> _words = new(StringComparer.Ordinal);
    private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> _wordLookup;
    private readonly Dictionary<string, List<string>> _byLastWord = new(StringComparer.Ordinal);

    /// <param name="corpusOutlets">Outlets that publish the corpus's articles and the sources they credit.</param>
    public OutletDirectory(IEnumerable<string?> corpusOutlets)
    {
        ArgumentNullException.ThrowIfNull(corpusOutlets);
        foreach (var name in corpusOutlets)
        {
            if (!string.IsNullOrWhiteSpace(name))
            {
                Add(name.Trim());
            }
        }

        foreach (var (key, name) in _display)
        {
            AddWords(_words, key);
            AddWords(_words, name.ToLowerInvariant());
        }

        _wordLookup = _words.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    /// <summary>
    /// True when the capitalised word <paramref name="word"/> may be part of an outlet's name: a word of a known
    /// outlet or a press word, a web address, or a call sign. Cheap, allocation-free for words up to 32 letters.
    /// </summary>
    public bool MayName(ReadOnlySpan<char> word)
    {
        if (word.EndsWith(".com", StringComparison.OrdinalIgnoreCase) || word.EndsWith(".org", StringComparison.OrdinalIgnoreCase)
            || (word.Length is 4 or 7 && word[0] is 'K' or 'W' && char.IsAsciiLetterUpper(word[1])))
        {
            return true;
        }

        if (word.Length > 32)
        {
            return false;
        }

        Span<char> lower = stackalloc char[word.Length];
        var n = 0;
        foreach (var c in word)
        {
            if (c is '.' or '\'')
            {
                continue; // "U.S." folds like the keys do
            }

            lower[n++] = char.ToLowerInvariant(c);
        }

        var folded = lower[..n];
        return _wordLookup.Contains(folded) || _builtIn.WordLookup.Contains(folded) || OwnedByUnshadowed(folded);
    }

    // A word of a built-in display name counts unless the corpus shadows every built-in entry carrying it (a corpus
    // name with the same key replaces the built-in name, and its words are the ones that count then).
    private bool OwnedByUnshadowed(ReadOnlySpan<char> word)
    {
        if (!_builtIn.OwnerLookup.TryGetValue(word, out var owners))
        {
            return false;
        }

        foreach (var key in owners)
        {
            if (!_display.ContainsKey(key))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The comparison key of an outlet name, aliases read from the outlet registry ("The Huffington Post" →
    /// "huffpost", "AP" → "associated press", "NY Times" → "new york times").</summary>
    public static string Key(string name)
    {
        var key = OutletNames.Key(WithoutDomain(name));
        if (key.EndsWith(" s", StringComparison.Ordinal))
        {
            key = key[..^2]; // "NBC's" folds to "nbc s"
        }

        return key;
    }

    /// <summary>True when <paramref name="key"/> names the same outlet as <paramref name="outlet"/> (or its short form).</summary>
    public static bool SameOutlet(string key, string? outlet)
    {
        if (string.IsNullOrWhiteSpace(outlet))
        {
            return false;
        }

        var other = Key(outlet);
        return other == key || (ShortForms.Contains(key) && LastWord(other) == key) || (ShortForms.Contains(other) && LastWord(key) == other)
            || Collapsed(key) == Collapsed(other);
    }

    /// <summary>
    /// The outlet <paramref name="surface"/> names, or null when it names none. <paramref name="earlier"/> are the
    /// outlets (display names) the article named in full before this mention, for short forms.
    /// </summary>
    public string? Resolve(string surface, IReadOnlyList<string> earlier)
    {
        ArgumentNullException.ThrowIfNull(surface);
        ArgumentNullException.ThrowIfNull(earlier);
        var trimmed = Trim(surface);
        if (trimmed.Length < 2)
        {
            return null;
        }

        var key = Key(trimmed);
        if (_display.TryGetValue(key, out var known) || _builtIn.Display.TryGetValue(key, out known))
        {
            return known;
        }

        if (NewsOrganisations.All.Contains(NameNormalizer.Key(trimmed)))
        {
            return trimmed;
        }

        if (ShortForms.Contains(key) && surface.Length > trimmed.Length)
        {
            return ResolveShort(key, trimmed, earlier);
        }

        return IsPressName(trimmed) || IsSiteOrStation(trimmed) ? trimmed : null;
    }

    private string ResolveShort(string key, string trimmed, IReadOnlyList<string> earlier)
    {
        for (var i = earlier.Count - 1; i >= 0; i--)
        {
            if (LastWord(Key(earlier[i])) == key)
            {
                return earlier[i];
            }
        }

        return _byLastWord.TryGetValue(key, out var corpus) && corpus.Count == 1 ? _display[corpus[0]] : "The " + trimmed;
    }

    private void Add(string name)
    {
        var key = Key(name);
        if (key.Length < 2 || !_display.TryAdd(key, name))
        {
            return;
        }

        if (key.Contains(' ', StringComparison.Ordinal))
        {
            var last = LastWord(key);
            if (!_byLastWord.TryGetValue(last, out var list))
            {
                list = [];
                _byLastWord[last] = list;
            }

            list.Add(key);
        }
    }

    private static void AddWords(HashSet<string> words, string text)
    {
        foreach (var word in text.Split(WordSeparators, StringSplitOptions.RemoveEmptyEntries))
        {
            if (!FunctionWords.Contains(word))
            {
                words.Add(word);
            }
        }
    }

    /// <summary>The built-in outlets and the words every directory knows.</summary>
    private sealed class BuiltIn
    {
        public BuiltIn()
        {
            foreach (var name in OutletNames.Known)
            {
                var key = Key(name);
                if (key.Length >= 2)
                {
                    Display.TryAdd(key, name);
                }
            }

            foreach (var key in NewsOrganisations.All.Concat(Display.Keys).Concat(PressWords).Concat(ShortForms))
            {
                AddWords(Words, key);
            }

            foreach (var (key, name) in Display)
            {
                var valueWords = new HashSet<string>(StringComparer.Ordinal);
                AddWords(valueWords, name.ToLowerInvariant());
                foreach (var word in valueWords)
                {
                    if (Words.Contains(word))
                    {
                        continue;
                    }

                    if (!Owners.TryGetValue(word, out var owners))
                    {
                        owners = [];
                        Owners[word] = owners;
                    }

                    owners.Add(key);
                }
            }

            WordLookup = Words.GetAlternateLookup<ReadOnlySpan<char>>();
            OwnerLookup = Owners.GetAlternateLookup<ReadOnlySpan<char>>();
        }

        /// <summary>Built-in key → display name (first wins).</summary>
        public Dictionary<string, string> Display { get; } = new(StringComparer.Ordinal);

        /// <summary>Words of the known organisations, of every built-in key, of the press words and short forms.</summary>
        public HashSet<string> Words { get; } = new(StringComparer.Ordinal);

        /// <summary>Words only a built-in display name carries → the keys of the names carrying it.</summary>
        public Dictionary<string, List<string>> Owners { get; } = new(StringComparer.Ordinal);

        public HashSet<string>.AlternateLookup<ReadOnlySpan<char>> WordLookup { get; }

        public Dictionary<string, List<string>>.AlternateLookup<ReadOnlySpan<char>> OwnerLookup { get; }
    }

    /// <summary>"FoxNews.com" → "FoxNews": a site and its outlet compare alike once spaces are gone.</summary>
    private static string WithoutDomain(string name)
    {
        var dot = name.LastIndexOf('.');
        return dot > 2 && name.Length - dot <= 4 && !name.Contains(' ', StringComparison.Ordinal) ? name[..dot] : name;
    }

    private static string Collapsed(string key) => key.Replace(" ", string.Empty, StringComparison.Ordinal).Replace("news", string.Empty, StringComparison.Ordinal);

    /// <summary>Two capitalised words or more, the last a press word: a publication the lists do not know.</summary>
    private static bool IsPressName(string name)
    {
        var words = name.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words.Length < 2 || words[0] is "A" or "An" or "This" or "That" or "Its" or "His" or "Her" or "Their" or "Our" or "Every")
        {
            return false;
        }

        foreach (var w in words)
        {
            if (!char.IsUpper(w[0]))
            {
                return false;
            }
        }

        return PressWords.Contains(words[^1].ToLowerInvariant());
    }

    /// <summary>A web address used as a name ("BigGovernment.com") or a US station's call sign ("KDVR-TV", "WJLA").</summary>
    private static bool IsSiteOrStation(string name)
    {
        if (name.Contains(' ', StringComparison.Ordinal))
        {
            return false;
        }

        if (name.EndsWith(".com", StringComparison.OrdinalIgnoreCase) || name.EndsWith(".org", StringComparison.OrdinalIgnoreCase)
            || name.EndsWith(".net", StringComparison.OrdinalIgnoreCase) || name.EndsWith(".co.uk", StringComparison.OrdinalIgnoreCase))
        {
            return name.IndexOf('.') > 2;
        }

        var letters = name.EndsWith("-TV", StringComparison.Ordinal) ? name[..^3] : name;
        return letters.Length == 4 && letters[0] is 'K' or 'W' && letters.All(char.IsAsciiLetterUpper);
    }

    private static string LastWord(string key)
    {
        var space = key.LastIndexOf(' ');
        return space < 0 ? key : key[(space + 1)..];
    }

    /// <summary>Without a leading "the", a possessive "'s" or trailing dots.</summary>
    private static string Trim(string surface)
    {
        var s = surface.Trim().TrimStart('"', '\u201c').TrimEnd('.', ',', ':', '"', '\u201d');
        if (s.EndsWith("'s", StringComparison.Ordinal) || s.EndsWith("\u2019s", StringComparison.Ordinal))
        {
            s = s[..^2];
        }

        return s.StartsWith("the ", StringComparison.OrdinalIgnoreCase) ? s[4..] : s;
    }
}
