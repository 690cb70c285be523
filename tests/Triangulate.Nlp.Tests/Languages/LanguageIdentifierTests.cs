using Triangulate.Nlp.Languages;

namespace Triangulate.Nlp.Tests.Languages;

/// <summary>Hand-written texts (ours), one per case the identifier must get right.</summary>
public sealed class LanguageIdentifierTests
{
    private const string English =
        "The council voted on Tuesday to reopen the old stone bridge, which had been closed for repairs since the spring floods. " +
        "Officials said the work was finished ahead of schedule and that traffic would return by the end of the month.";

    private const string Portuguese =
        "A câmara municipal votou na terça-feira a reabertura da velha ponte de pedra, que estava fechada para obras desde as cheias " +
        "da primavera. Os responsáveis disseram que os trabalhos terminaram antes do prazo e que o trânsito voltará no fim do mês, " +
        "depois de uma última inspeção feita pelos engenheiros da cidade.";

    private const string German =
        "Der Stadtrat hat am Dienstag beschlossen, die alte Steinbrücke wieder zu öffnen, die seit dem Hochwasser im Frühjahr für " +
        "Reparaturen gesperrt war. Die Arbeiten seien früher als geplant abgeschlossen worden, sagten die Verantwortlichen, und der " +
        "Verkehr werde bis zum Monatsende zurückkehren, nach einer letzten Prüfung durch die Ingenieure der Stadt.";

    private const string Russian =
        "Городской совет во вторник проголосовал за открытие старого каменного моста, закрытого на ремонт после весеннего наводнения.";

    private const string Korean = "시의회는 화요일 봄철 홍수 이후 수리를 위해 폐쇄되었던 오래된 돌다리를 다시 열기로 결정했다.";

    private const string WireTable =
        "Shr 45 cts vs 58 cts     Net 1.1 mln vs 829,000     Sales 7.9 mln vs 9.4 mln     Avg shrs 2,332,397 vs 1,428,000     " +
        "Year     Shr 1.22 dlrs vs 1.06 dlrs     Net 3.2 mln vs 2.1 mln     Sales 30.1 mln vs 27.4 mln  Reuter";

    private readonly LanguageIdentifier _identifier = LanguageIdentifier.Default;

    [Theory]
    [InlineData(English, "en")]
    [InlineData(Portuguese, "pt")]
    [InlineData(German, "de")]
    [InlineData(Russian, "ru")]
    [InlineData(Korean, "ko")]
    public void Identify_RunningText_ItsLanguage(string text, string code)
    {
        var guess = _identifier.Identify(text);

        Assert.Equal(code, guess.Code);
        Assert.Null(guess.Reason);
    }

    [Theory]
    [InlineData("")]
    [InlineData("Bridge reopens")]
    [InlineData("12.5 14 16 2025-10-19")]
    public void Identify_TooLittleText_UndWithReason(string text)
    {
        var guess = _identifier.Identify(text);

        Assert.Equal("und", guess.Code);
        Assert.Contains("too little text", guess.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Identify_EnglishWireTable_NeverAnotherLanguage()
    {
        // Tables of figures fooled the model into Vietnamese or French: they must stay "und" (or English).
        Assert.Contains(_identifier.Identify(WireTable).Code, new[] { "und", "en" });
    }

    [Fact]
    public void Identify_ShortForeignPhrase_UndRatherThanAGuess()
    {
        var guess = _identifier.Identify("A câmara votou a reabertura da velha ponte de pedra na terça-feira.");

        Assert.Equal("und", guess.Code);
        Assert.NotNull(guess.Reason);
    }

    [Fact]
    public void Identify_LongTextOnlyItsStartRead_SameAnswerQuickly()
    {
        var text = string.Concat(Enumerable.Repeat(German + " ", 2_000));

        Assert.Equal("de", _identifier.Identify(text).Code);
    }

    [Fact]
    public void Identify_ManyThreadsAtOnce_SameAnswers()
    {
        string[] texts = [English, Portuguese, German, Russian, Korean, WireTable];
        var expected = texts.Select(t => _identifier.Identify(t).Code).ToArray();

        var results = new string[texts.Length * 50];
        Parallel.For(0, results.Length, i => results[i] = _identifier.Identify(texts[i % texts.Length]).Code);

        for (var i = 0; i < results.Length; i++)
        {
            Assert.Equal(expected[i % texts.Length], results[i]);
        }
    }

    [Theory]
    [InlineData("en-GB", "en")]
    [InlineData("pt_BR", "pt")]
    [InlineData("EN", "en")]
    [InlineData("und", null)]
    [InlineData("", null)]
    [InlineData(null, null)]
    [InlineData("english", null)]
    public void Primary_Tags_TwoLetterCodeOrNull(string? tag, string? code)
    {
        Assert.Equal(code, LanguageTags.Primary(tag));
    }
}
