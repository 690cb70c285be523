using System.Text;
using Triangulate.Core.Text;

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
        var i = 0;
        while (Tokenizer.NextWordRun(text, ref i, out var start))
        {
            foreach (var c in text.AsSpan(start, i - start))
            {
                sb.Append(TextFolding.Fold(c));
            }

            // Apostrophes inside a word join its pieces: don't = don’t = dont.
            var next = i;
            while (next < text.Length && text[next] is '\'' or '\u2019')
            {
                next++;
            }

            if (next > i && next < text.Length && TextFolding.IsWordChar(text[next]))
            {
                i = next;
                continue;
            }

            words.Add(sb.ToString());
            sb.Clear();
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
                names.Add(TextFolding.Fold(text.Substring(start, i - start)));
            }

            sentenceStart = false;
        }

        return names;
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
