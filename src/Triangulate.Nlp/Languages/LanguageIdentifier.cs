using System.Globalization;
using Lingua;
using static Lingua.Language;

namespace Triangulate.Nlp.Languages;

/// <summary>
/// Tells the language of a text, cheaply and conservatively: English-only stages skip an article in another
/// language, so calling English text foreign loses its figures, quotes and dates, while calling foreign text
/// "und" only leaves things as they were. So:
/// <list type="number">
/// <item>Under <see cref="MinLetters"/> letters in the sample: "und" (too little text).</item>
/// <item>Latin-script text whose words are at least <see cref="EnglishShare"/> English function words: English,
/// without a model (most news in this corpus; the share is 25–40 % in English prose, under 5 % in French, German
/// or Dutch prose).</item>
/// <item>Otherwise Lingua (SearchPioneer.Lingua, low-accuracy mode, the languages of <see cref="Languages"/>).
/// Another script than Latin is trusted at once; another Latin-script language only from
/// <see cref="MinForeignWords"/> words of running text (figures at most <see cref="MaxFigureShare"/> of the
/// letters) and a confidence of <see cref="MinConfidence"/>. Wire tables ("Shr 45 cts vs 58 cts Net 1.1 mln")
/// fooled the model into Vietnamese or French on 1 in 10 Reuters-21578 texts before these floors; after them,
/// none of the 22,004 newsdocs texts is called foreign and every foreign AEB dev page still is (docs/languages.md).</item>
/// </list>
/// Thread-safe; the models load once per process, on first use.
/// </summary>
public sealed class LanguageIdentifier
{
    /// <summary>Characters of the text looked at: its start, which is enough for a language and bounds the cost.</summary>
    public const int SampleChars = 2_000;

    public const int MinLetters = 40;
    public const double EnglishShare = 0.15;
    public const int MinEnglishWords = 10;
    public const int MinForeignWords = 40;
    public const double MaxFigureShare = 0.10;
    public const double MinConfidence = 0.90;

    /// <summary>
    /// The languages told apart: the main languages of world news. A Latin-script language outside the set is
    /// taken for its nearest neighbour in it (Slovak for Czech), which still tells English-only stages to skip
    /// it; only the code is then wrong. Malay is left out: the model confuses it with Indonesian, the more
    /// common of the two online.
    /// </summary>
    public static IReadOnlyList<Language> Languages { get; } =
    [
        English, Spanish, French, German, Italian, Portuguese, Dutch, Polish, Czech, Romanian, Hungarian, Turkish,
        Indonesian, Vietnamese, Swedish, Danish, Bokmal, Finnish, Tagalog, Swahili, Catalan, Croatian,
        Russian, Ukrainian, Bulgarian, Serbian, Greek, Arabic, Persian, Urdu, Hebrew, Hindi, Bengali, Tamil, Telugu,
        Gujarati, Punjabi, Chinese, Japanese, Korean, Thai, Georgian, Armenian,
    ];

    private static readonly HashSet<string> EnglishFunctionWords = new(StringComparer.Ordinal)
    {
        "the", "of", "and", "to", "that", "for", "was", "with", "said", "it", "by", "from", "he", "his", "has", "have",
        "are", "were", "will", "which", "this", "they", "been", "would", "who", "is", "on", "in", "at", "as", "be", "an",
        "not", "but", "had", "their", "its", "or", "she", "her",
    };

    private static readonly Lazy<LanguageDetector> Detector = new(() =>
        LanguageDetectorBuilder.FromLanguages([.. Languages]).WithLowAccuracyMode().Build());

    /// <summary>The default identifier (one per process is enough: it holds no state).</summary>
    public static LanguageIdentifier Default { get; } = new();

    public LanguageGuess Identify(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var sample = text.Length > SampleChars ? text[..SampleChars] : text;
        var counts = TextCounts.Of(sample, EnglishFunctionWords);
        if (counts.Letters < MinLetters)
        {
            return LanguageGuess.Unknown($"too little text to tell ({counts.Letters} letters)");
        }

        var latin = counts.LatinLetters >= counts.Letters - counts.LatinLetters;
        if (latin && counts.Words >= MinEnglishWords && counts.EnglishWords >= counts.Words * EnglishShare)
        {
            return new LanguageGuess("en");
        }

        return FromModel(sample, counts, latin);
    }

    private static LanguageGuess FromModel(string sample, TextCounts counts, bool latin)
    {
        var (language, confidence) = Best(sample);
        if (language == Unknown)
        {
            return LanguageGuess.Unknown("no language of the set writes this script");
        }

        var code = language.IsoCode6391().ToString().ToLowerInvariant();
        if (code == "en" || !latin)
        {
            return new LanguageGuess(code);
        }

        if (counts.Words < MinForeignWords)
        {
            return LanguageGuess.Unknown($"too few words to tell ({counts.Words})");
        }

        if (counts.Digits > counts.Letters * MaxFigureShare)
        {
            return LanguageGuess.Unknown("mostly figures, not running text");
        }

        return confidence >= MinConfidence
            ? new LanguageGuess(code)
            : LanguageGuess.Unknown(string.Create(CultureInfo.InvariantCulture, $"uncertain (best guess {code}, confidence {confidence:0.00})"));
    }

    private static (Language Language, double Confidence) Best(string sample)
    {
        foreach (var (language, confidence) in Detector.Value.ComputeLanguageConfidenceValues(sample))
        {
            // Sorted best first; an all-zero result means the rules ruled out every language of the set.
            return confidence > 0 ? (language, confidence) : (Unknown, 0);
        }

        return (Unknown, 0);
    }
}
