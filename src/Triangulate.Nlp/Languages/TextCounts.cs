namespace Triangulate.Nlp.Languages;

/// <summary>Letter, digit and word counts of a sample, in one pass without allocating per word. A Han, kana or
/// Hangul character counts as three letters: it writes a syllable or a morpheme, so 15 of them say as much as
/// 40 Latin letters.</summary>
internal readonly record struct TextCounts(int Letters, int LatinLetters, int Digits, int Words, int EnglishWords)
{
    /// <summary>Words are runs of letters; <paramref name="english"/> holds lower-case words to count apart.</summary>
    public static TextCounts Of(string sample, HashSet<string> english)
    {
        var lookup = english.GetAlternateLookup<ReadOnlySpan<char>>();
        Span<char> word = stackalloc char[16];
        int letters = 0, latin = 0, digits = 0, words = 0, englishWords = 0, length = 0;
        foreach (var c in sample)
        {
            if (char.IsLetter(c))
            {
                letters += IsSyllabic(c) ? 3 : 1;
                if (c < '\u0250')
                {
                    latin++;
                }

                if (length < word.Length)
                {
                    word[length] = char.ToLowerInvariant(c);
                }

                length++;
                continue;
            }

            if (char.IsDigit(c))
            {
                digits++;
            }

            if (length > 0)
            {
                words++;
                if (length <= word.Length && lookup.Contains(word[..length]))
                {
                    englishWords++;
                }

                length = 0;
            }
        }

        if (length > 0)
        {
            words++;
            if (length <= word.Length && lookup.Contains(word[..length]))
            {
                englishWords++;
            }
        }

        return new TextCounts(letters, latin, digits, words, englishWords);
    }

    private static bool IsSyllabic(char c) =>
        c is (>= '\u3040' and <= '\u30FF') or (>= '\u3400' and <= '\u4DBF') or (>= '\u4E00' and <= '\u9FFF') or (>= '\uAC00' and <= '\uD7A3');
}
