using System.Text;

namespace Triangulate.Quality.Lineage;

/// <summary>
/// A made-up target language for documented synthetic translations (no translated pairs exist in ../shared): its
/// function words, syllables, quotation marks and number format are Spanish, French or German; every other word is
/// a made-up word, always the same for the same English word; names and figures are kept.
/// </summary>
internal sealed record CipherLanguage(string[] FunctionWords, string[] Syllables, string OpenQuote, string CloseQuote, string Thousands, string Decimal)
{
    private static readonly string[] English = ["the", "a", "an", "of", "to", "in", "and", "for", "on", "that", "with", "by", "at", "is", "was", "it", "from", "as", "said"];

    public static CipherLanguage For(string lang) => lang switch
    {
        "es" => new(["el", "un", "una", "de", "a", "en", "y", "para", "sobre", "que", "con", "por", "en", "es", "fue", "lo", "desde", "como", "dijo"],
            ["ra", "lo", "men", "ci", "to", "es", "de", "cion", "ta", "mi", "do", "ga"], "«", "»", ".", ","),
        "fr" => new(["le", "un", "une", "de", "à", "dans", "et", "pour", "sur", "que", "avec", "par", "à", "est", "était", "il", "de", "comme", "a dit"],
            ["eau", "ri", "lon", "que", "te", "ment", "ais", "cho", "vi", "tion", "re", "pa"], "« ", " »", "\u202F", ","),
        _ => new(["der", "ein", "eine", "von", "zu", "in", "und", "für", "auf", "dass", "mit", "durch", "bei", "ist", "war", "es", "aus", "als", "sagte"],
            ["ung", "ber", "schen", "lich", "ke", "au", "ter", "gen", "sta", "mer", "ei", "hal"], "„", "“", ".", ","),
    };

    /// <summary>A sentence word by word (no reordering).</summary>
    public string Sentence(string text)
    {
        var words = text.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return string.Join(' ', words.Select((w, i) => Word(w, sentenceStart: i == 0)));
    }

    public string Word(string token, bool sentenceStart)
    {
        var core = token.Trim('"', '“', '”', ',', '.', ';', ':', '(', ')');
        if (core.Length == 0)
        {
            return token;
        }

        var lead = token[..token.IndexOf(core, StringComparison.Ordinal)];
        var tail = token[(lead.Length + core.Length)..];
        lead = lead.Replace("\"", OpenQuote, StringComparison.Ordinal).Replace("“", OpenQuote, StringComparison.Ordinal);
        tail = tail.Replace("\"", CloseQuote, StringComparison.Ordinal).Replace("”", CloseQuote, StringComparison.Ordinal);
        string word;
        if (char.IsAsciiDigit(core[0]))
        {
            word = FormatNumber(core);
        }
        else if (char.IsUpper(core[0]) && !sentenceStart)
        {
            word = core;
        }
        else
        {
            var lower = core.ToLowerInvariant();
            var f = Array.IndexOf(English, lower);
            word = f >= 0 ? FunctionWords[f] : Cipher(lower);
            if (sentenceStart)
            {
                word = char.ToUpperInvariant(word[0]) + word[1..];
            }
        }

        return lead + word + tail;
    }

    private string Cipher(string word)
    {
        var h = 2166136261u;
        foreach (var c in word)
        {
            h = (h ^ c) * 16777619u;
        }

        var syllables = 1 + (word.Length / 3);
        var sb = new StringBuilder();
        for (var i = 0; i < syllables; i++)
        {
            sb.Append(Syllables[h % (uint)Syllables.Length]);
            h = (h >> 4) | (h << 28);
        }

        return sb.ToString();
    }

    // English "155,221" and "5.93" in the target convention: "155.221" and "5,93" (French "155 221").
    public string FormatNumber(string english)
    {
        if (!english.Any(char.IsAsciiDigit) || english.Any(char.IsLetter))
        {
            return english;
        }

        var groups = english.Split(',');
        var integer = string.Join(Thousands, groups);
        var dot = integer.LastIndexOf('.');
        return dot > 0 && !english.Contains(',', StringComparison.Ordinal) ? integer[..dot] + Decimal + integer[(dot + 1)..] : integer;
    }
}
