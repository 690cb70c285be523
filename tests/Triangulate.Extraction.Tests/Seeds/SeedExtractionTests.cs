using Triangulate.Core.Ingest;
using Triangulate.Core.Model;
using Triangulate.Extraction.PlainText;
using Triangulate.TestKit;

namespace Triangulate.Extraction.Tests.Seeds;

/// <summary>
/// The five seed articles (one story, five outlets) through plain-text extraction and cleaning. Sentences are
/// identified by a few words only; the seed text itself stays in ../shared.
/// </summary>
public sealed class SeedExtractionTests
{
    private const string Seeds = "data/seeds";

    private static readonly HashSet<string> BoilerplateKinds =
    [
        RemovedKinds.Copyright, RemovedKinds.Promo, RemovedKinds.PhotoCredit, RemovedKinds.Caption, RemovedKinds.Credit,
        RemovedKinds.SourceCredit, RemovedKinds.EndMark, RemovedKinds.ReadMore, RemovedKinds.Share, RemovedKinds.Cookie,
        RemovedKinds.Byline, RemovedKinds.Dateline,
    ];

    [SharedDataFact(Seeds)]
    public void Extract_SeedsOpeningWithHeadline_GetThatTitle()
    {
        foreach (var seed in new[] { "001", "003" })
        {
            var (input, result) = Run(seed);

            Assert.Equal(FirstLine(input), result.Title);
            Assert.False(result.TitleDerived);
            Assert.DoesNotContain(result.Title!, result.Text, StringComparison.Ordinal);
        }
    }

    [SharedDataFact(Seeds)]
    public void Extract_SeedsOpeningWithLead_NoTitleOrShortDerivedOne()
    {
        foreach (var seed in new[] { "000", "002", "004" })
        {
            var (input, result) = Run(seed);

            Assert.True(
                result.Title is null || (result.TitleDerived && result.Title.Length < FirstLine(input).Length),
                $"seed {seed} got title '{result.Title}'");
            Assert.StartsWith(FirstLine(input), result.Text, StringComparison.Ordinal);
        }
    }

    [SharedDataFact(Seeds)]
    public void Extract_Seed000_CopyrightLineRemoved()
    {
        var (_, result) = Run("000");

        var item = Assert.Single(result.Cleaning.Removed);
        Assert.Equal(RemovedKinds.Copyright, item.Kind);
        Assert.StartsWith("©", item.Text, StringComparison.Ordinal);
        Assert.Contains("All rights reserved", item.Text, StringComparison.Ordinal);
    }

    [SharedDataFact(Seeds)]
    public void Extract_Seed001_TelegramPromoPhotoCreditAndTimestampRemoved()
    {
        var (_, result) = Run("001");
        var removed = result.Cleaning.Removed;

        Assert.Contains(removed, r => r.Kind == RemovedKinds.Promo && r.Text.Contains("Telegram", StringComparison.Ordinal));
        Assert.Contains(new RemovedText(RemovedKinds.PhotoCredit, "Photo: Reuters"), removed);
        Assert.Contains(removed, r => r.Kind == RemovedKinds.Caption);
        Assert.Equal(RemovedKinds.Dateline, removed[0].Kind);
        Assert.Equal(new DateTimeOffset(2025, 9, 28, 0, 0, 0, TimeSpan.Zero), result.Cleaning.DatelineDate);
        Assert.Empty(result.Cleaning.CreditedSources);
    }

    [SharedDataFact(Seeds)]
    public void Extract_Seed002_EditingCreditRemovedAndAgencyCredited()
    {
        var (_, result) = Run("002");

        var item = Assert.Single(result.Cleaning.Removed);
        Assert.Equal(RemovedKinds.Credit, item.Kind);
        Assert.Contains("Editing by", item.Text, StringComparison.Ordinal);
        Assert.Equal(["Reuters"], result.Cleaning.CreditedSources);
    }

    [SharedDataFact(Seeds)]
    public void Extract_Seed004_EndMarkAndInputsCreditRemoved()
    {
        var (_, result) = Run("004");

        Assert.Equal(
            [new RemovedText(RemovedKinds.EndMark, "– Ends"), new RemovedText(RemovedKinds.SourceCredit, "With inputs from Reuters")],
            result.Cleaning.Removed);
        Assert.Equal(["Reuters"], result.Cleaning.CreditedSources);
    }

    [SharedDataFact(Seeds)]
    public void Extract_AllSeeds_OnlyShortBoilerplateRemovedAndNinetyPercentKept()
    {
        foreach (var seed in new[] { "000", "001", "002", "003", "004" })
        {
            var (input, result) = Run(seed);

            Assert.All(result.Cleaning.Removed, r =>
            {
                Assert.True(r.Text.Length < 200, $"seed {seed}: long removal '{r.Text}'");
                Assert.Contains(r.Kind, BoilerplateKinds);
            });
            var kept = result.Text.Length + (result.Title?.Length ?? 0);
            Assert.True(kept >= 0.9 * input.Trim().Length, $"seed {seed} kept {kept} of {input.Trim().Length} characters");
        }
    }

    [SharedDataFact(Seeds)]
    public void Extract_AllSeeds_EveryParagraphLongerThanTwoHundredCharactersKeptVerbatim()
    {
        foreach (var seed in new[] { "000", "001", "002", "003", "004" })
        {
            var (input, result) = Run(seed);

            foreach (var line in input.Split('\n'))
            {
                var paragraph = line.Trim();
                if (paragraph.Length > 200)
                {
                    Assert.Contains(paragraph, result.Text, StringComparison.Ordinal);
                }
            }
        }
    }

    [SharedDataFact(Seeds)]
    public void Extract_StorySentencesCitingAgencies_Survive()
    {
        (string Seed, string Words)[] sentences =
        [
            ("000", "told Bloomberg that"),
            ("000", "according to people familiar"),
            ("001", "seen by Bloomberg"),
            ("001", "Bloomberg reveals"),
            ("002", "viewed by Reuters"),
            ("002", "matter told Reuters"),
            ("003", "quoted by Axios"),
            ("004", "sources told Reuters"),
        ];

        foreach (var (seed, words) in sentences)
        {
            var (input, result) = Run(seed);

            Assert.Contains(words, input, StringComparison.Ordinal);
            Assert.Contains(words, result.Text, StringComparison.Ordinal);
        }
    }

    private static (string Input, PlainTextResult Result) Run(string seed)
    {
        var dir = SharedData.Path("data", "seeds")!;
        var file = Directory.GetFiles(dir, seed + "_*.txt").Single();
        var input = File.ReadAllText(file);
        return (input, new PlainTextExtractor().Extract(input, DocumentHints.None));
    }

    private static string FirstLine(string input) =>
        input.Split('\n').Select(l => l.Trim()).First(l => l.Length > 0);
}
