using System.Text;

namespace Triangulate.Stories.Quotes;

/// <summary>
/// Word-level normal form of a quotation: lowercase letters and digits only, accents folded, so curly
/// vs straight quotes, dashes, ellipses, punctuation and case never separate two versions of an utterance.
/// </summary>
internal static class QuoteText
{
    private static readonly HashSet<string> FunctionWords = new(StringComparer.Ordinal)
    {
        "a", "an", "the", "and", "or", "but", "if", "of", "to", "in", "on", "at", "for", "with", "by", "from", "as", "is",
        "are", "was", "were", "be", "been", "it", "its", "this", "that", "these", "those", "we", "i", "you", "he", "she",
        "they", "our", "my", "your", "his", "her", "their", "us", "me", "him", "them", "will", "would", "can", "could", "do",
        "does", "did", "not", "no", "so", "there", "here", "what", "which", "who", "all", "t", "s", "ll", "re", "ve", "d", "m",
        "have", "has", "had", "about", "into", "out", "up", "just", "than", "then", "very", "any", "also",
    };

    public static string[] Words(string text)
    {
        var words = new List<string>();
        var sb = new StringBuilder();
        foreach (char raw in text)
        {
            char c = Fold(raw);
            if (char.IsLetterOrDigit(c))
            {
                sb.Append(char.ToLowerInvariant(c));
            }
            else if (c is '\'' or '\u2019' && sb.Length > 0)
            {
                continue; // don't = don’t = dont
            }
            else if (sb.Length > 0)
            {
                words.Add(sb.ToString());
                sb.Clear();
            }
        }

        if (sb.Length > 0)
        {
            words.Add(sb.ToString());
        }

        return [.. words];
    }

    public static bool IsContent(string word) => !FunctionWords.Contains(word);

    /// <summary>Folded capitalised words that do not open the quotation or a sentence in it: the names it gives.</summary>
    public static HashSet<string> Names(string text)
    {
        var names = new HashSet<string>(StringComparer.Ordinal);
        var sentenceStart = true;
        var i = 0;
        while (i < text.Length)
        {
            if (!char.IsLetter(text[i]))
            {
                sentenceStart |= text[i] is '.' or '!' or '?' or '"' or '“' or '«' or '„';
                i++;
                continue;
            }

            var start = i;
            while (i < text.Length && char.IsLetter(text[i]))
            {
                i++;
            }

            if (char.IsUpper(text[start]) && !sentenceStart && i - start > 1)
            {
                names.Add(string.Concat(text.AsSpan(start, i - start).ToString().Select(Fold)).ToLowerInvariant());
            }

            sentenceStart = false;
        }

        return names;
    }

    /// <summary>Folds the accented Latin letters news names use (Núñez → Nunez, Wójcik → Wojcik).</summary>
    public static char Fold(char c) => c switch
    {
        'á' or 'à' or 'â' or 'ä' or 'ã' or 'å' or 'ą' => 'a',
        'Á' or 'À' or 'Â' or 'Ä' or 'Ã' or 'Å' or 'Ą' => 'A',
        'é' or 'è' or 'ê' or 'ë' or 'ę' or 'ě' => 'e',
        'É' or 'È' or 'Ê' or 'Ë' or 'Ę' or 'Ě' => 'E',
        'í' or 'ì' or 'î' or 'ï' => 'i',
        'Í' or 'Ì' or 'Î' or 'Ï' => 'I',
        'ó' or 'ò' or 'ô' or 'ö' or 'õ' or 'ø' => 'o',
        'Ó' or 'Ò' or 'Ô' or 'Ö' or 'Õ' or 'Ø' => 'O',
        'ú' or 'ù' or 'û' or 'ü' or 'ů' => 'u',
        'Ú' or 'Ù' or 'Û' or 'Ü' or 'Ů' => 'U',
        'ñ' or 'ń' or 'ň' => 'n',
        'Ñ' or 'Ń' or 'Ň' => 'N',
        'ç' or 'ć' or 'č' => 'c',
        'Ç' or 'Ć' or 'Č' => 'C',
        'ś' or 'š' or 'ş' => 's',
        'Ś' or 'Š' or 'Ş' => 'S',
        'ź' or 'ż' or 'ž' => 'z',
        'Ź' or 'Ż' or 'Ž' => 'Z',
        'ł' => 'l',
        'Ł' => 'L',
        'ý' or 'ÿ' => 'y',
        'ř' => 'r',
        'ğ' => 'g',
        _ => c,
    };

    /// <summary>How many words of <paramref name="a"/> also occur in <paramref name="b"/> (multiset intersection).</summary>
    public static int Shared(string[] a, string[] b, out int sharedContent)
    {
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var w in b)
        {
            counts[w] = counts.TryGetValue(w, out int n) ? n + 1 : 1;
        }

        int shared = 0;
        sharedContent = 0;
        foreach (var w in a)
        {
            if (counts.TryGetValue(w, out int n) && n > 0)
            {
                counts[w] = n - 1;
                shared++;
                if (IsContent(w))
                {
                    sharedContent++;
                }
            }
        }

        return shared;
    }

    /// <summary>True when <paramref name="part"/> occurs in <paramref name="whole"/> as one contiguous run of words.</summary>
    public static bool IsContiguousIn(string[] part, string[] whole)
    {
        if (part.Length == 0 || part.Length > whole.Length)
        {
            return false;
        }

        for (int i = 0; i + part.Length <= whole.Length; i++)
        {
            int k = 0;
            while (k < part.Length && whole[i + k] == part[k])
            {
                k++;
            }

            if (k == part.Length)
            {
                return true;
            }
        }

        return false;
    }
}
