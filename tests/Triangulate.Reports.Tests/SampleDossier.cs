using Triangulate.Core.Diagnostics;
using Triangulate.Core.Dossier;
using Triangulate.Core.Model;
using Triangulate.Core.Pipeline;
using Triangulate.Reports.Building;

namespace Triangulate.Reports.Tests;

/// <summary>
/// A small fictional story (written for these tests) with every dossier section filled, non-ASCII names and
/// emoji before cited spans, so UTF-16 offsets differ from code-point offsets.
/// </summary>
public static class SampleDossier
{
    public static readonly DateTimeOffset Now = new(2025, 11, 20, 10, 0, 0, TimeSpan.Zero);

    public static Article Harbour { get; } = Make(
        "Harbour Times", "samples/demo/harbour-01.html", "https://harbour.example/news/1", new DateTimeOffset(2025, 9, 28, 8, 0, 0, TimeSpan.Zero),
        "PORT ELLIS — The city council approved the new ferry terminal on Monday, officials said. 🚢 \"We will open the terminal in March,\" said Mayor Aurélie Novak. At least 12 people attended the vote.",
        removed: [new RemovedText(RemovedKinds.Copyright, "© 2025 Harbour Times. All rights reserved."), new RemovedText(RemovedKinds.SourceCredit, "With inputs from Coastal Wire")],
        credited: ["Coastal Wire"]);

    public static Article Wire { get; } = Make(
        "Coastal Wire", "samples/demo/wire-01.txt", null, new DateTimeOffset(2025, 9, 28, 8, 0, 0, TimeSpan.FromHours(2)),
        "The council in Port Ellis approved a ferry terminal on Monday. 🎉👍🏽 Eleven people attended the vote. Mayor Aurélie Novak said the terminal would open in March.",
        titleDerived: true);

    public static Article Blog { get; } = Make(
        "Ellis Blog", "samples/demo/blog.txt", null, null,
        "Port Ellis approved a terminal. 😀 Mayor Novak: \"We will open the terminal in March.\"");

    /// <summary>The three articles in the order the builder must produce (published instant, unknown last).</summary>
    public static IReadOnlyList<Article> Articles { get; } = [Wire, Harbour, Blog];

    public static Evidence Ev(Article article, string phrase)
    {
        var start = article.Text.IndexOf(phrase, StringComparison.Ordinal);
        if (start < 0)
        {
            throw new ArgumentException($"'{phrase}' is not in {article.Source.Input}");
        }

        return new Evidence(article.Id, start, phrase.Length, phrase);
    }

    public static CorpusContext Context()
    {
        var context = new CorpusContext([Harbour, Blog, Wire]);
        context.LineageOf[Wire.Id] = "L1";
        context.LineageOf[Harbour.Id] = "L1";
        context.LineageOf[Blog.Id] = "L2";
        context.Diagnostics.Add(Diagnostic.Info("corpus", ErrorCodes.StageFailed, "clustering used defaults"));
        context.Stories = [Story()];
        return context;
    }

    public static DossierDocument Build() =>
        new DossierBuilder(new FixedTimeProvider(Now)).Build(
            [Blog, Harbour, Wire],
            [Diagnostic.Warning("samples/demo/login.html", ErrorCodes.NoArticleText, "no article text found (page is a login wall?)"),
             Diagnostic.Error("samples/demo/missing.html", ErrorCodes.InputNotFound, "input not found")],
            Context());

    /// <summary>A dossier without any corpus stage: no stories.</summary>
    public static DossierDocument BuildWithoutStories() =>
        new DossierBuilder(new FixedTimeProvider(Now)).Build([Blog, Harbour, Wire], []);

    private static DossierStory Story()
    {
        var novak = Ev(Harbour, "Aurélie Novak");
        return new DossierStory
        {
            Id = "s1",
            Title = "Port Ellis ferry terminal approved",
            ArticleIds = [Wire.Id, Harbour.Id, Blog.Id],
            First = Wire.Metadata.Published,
            Last = Harbour.Metadata.Published,
            Lineages =
            [
                new DossierLineage { Id = "L1", ArticleIds = [Wire.Id, Harbour.Id], Origin = new DossierOrigin("Coastal Wire", Wire.Id), SharedText = 0.41 },
                new DossierLineage { Id = "L2", ArticleIds = [Blog.Id], Origin = new DossierOrigin(null, Blog.Id) },
            ],
            IndependentSources = 2,
            Entities =
            [
                new DossierEntity
                {
                    Id = "e1", Name = "Aurélie Novak", Type = "PERSON", Aliases = ["Novak"],
                    Mentions = [novak, Ev(Wire, "Aurélie Novak"), Ev(Blog, "Novak")],
                    Descriptors = [new DossierDescriptor("Mayor", Harbour.Id, Harbour.Text.IndexOf("Mayor", StringComparison.Ordinal), 5)],
                },
                new DossierEntity
                {
                    Id = "e2", Name = "Coastal Wire", Type = "ORG",
                    Credits = [new DossierCredit(Harbour.Id, RemovedKinds.SourceCredit, "With inputs from Coastal Wire")],
                },
            ],
            Quotes =
            [
                new DossierQuoteFamily
                {
                    Id = "q1", Speaker = "Aurélie Novak", SpeakerEntityId = "e1", Text = "We will open the terminal in March,",
                    Occurrences =
                    [
                        Occurrence(Harbour, "\"We will open the terminal in March,\"", "direct"),
                        Occurrence(Blog, "\"We will open the terminal in March.\"", "direct"),
                        Occurrence(Wire, "the terminal would open in March", "indirect"),
                    ],
                    Variants = [new DossierQuoteVariant([Wire.Id], "reworded")],
                },
            ],
            Quantities =
            [
                new DossierQuantity
                {
                    Value = 12, Unit = "people", About = "attended the vote", Evidence = [Ev(Harbour, "At least 12 people")], Counted = "people",
                    Bound = "atLeast", ArticleId = Harbour.Id, AsOf = Now.AddDays(-2),
                },
                new DossierQuantity
                {
                    Value = 11, Unit = "people", About = "attended the vote", Evidence = [Ev(Wire, "Eleven people")], Counted = "people",
                    ArticleId = Wire.Id, AsOf = Now.AddDays(-2), Source = "the council",
                },
            ],
            FigureTracks =
            [
                new DossierFigureTrack
                {
                    Id = "f1", Counted = "people", About = "people at the vote", Assessment = "contradiction",
                    Steps =
                    [
                        new DossierTrackStep { MeasurementIndexes = [0], Value = 12, Bound = "atLeast", AsOf = Now.AddDays(-2), ArticleIds = [Harbour.Id] },
                        new DossierTrackStep { MeasurementIndexes = [1], Value = 11, AsOf = Now.AddDays(-2), ArticleIds = [Wire.Id], Step = "contradiction" },
                    ],
                },
            ],
            Claims =
            [
                new DossierClaim
                {
                    Id = "c1", Text = "The council approved the ferry terminal.", Status = "corroborated",
                    ArticleIds = [Wire.Id, Harbour.Id, Blog.Id], IndependentSources = 2,
                    Evidence = [Ev(Harbour, "approved the new ferry terminal"), Ev(Blog, "Port Ellis approved a terminal.")],
                },
            ],
            Conflicts =
            [
                new DossierConflict
                {
                    Kind = "numeric", About = "people at the vote", Assessment = "contradiction", TrackId = "f1",
                    Sides =
                    [
                        new DossierConflictSide("At least 12 people", 12, [Harbour.Id], [Ev(Harbour, "At least 12 people")]) { AsOf = Now.AddDays(-2), Bound = "atLeast" },
                        new DossierConflictSide("Eleven people", 11, [Wire.Id], [Ev(Wire, "Eleven people")])
                        {
                            AsOf = Now.AddDays(-2), Bound = "exact", Source = "the council", Step = "contradiction",
                        },
                    ],
                },
            ],
            Timeline =
            [
                new DossierTimelineEntry
                {
                    Date = "2026-03", Precision = "month", Event = "Terminal opens", Expression = "in March",
                    ArticleIds = [Harbour.Id], Evidence = [Ev(Harbour, "in March")],
                },
            ],
            Framing = [new DossierFraming("e1", "Harbour Times", ["Mayor"], [Ev(Harbour, "Mayor Aurélie Novak")])],
            Summary = [new DossierSummarySentence("Port Ellis approved a ferry terminal; reports differ on attendance.", [Ev(Wire, "Eleven people"), novak])],
        };
    }

    private static DossierQuoteOccurrence Occurrence(Article article, string phrase, string kind)
    {
        var e = Ev(article, phrase);
        return new DossierQuoteOccurrence(e.ArticleId, e.Start, e.Length, e.Text, "Novak", kind);
    }

    public static Article Make(string outlet, string input, string? url, DateTimeOffset? published, string text,
        IReadOnlyList<RemovedText>? removed = null, IReadOnlyList<string>? credited = null, bool titleDerived = false, string? title = null) =>
        new(ArticleId.Compute(outlet, url ?? input, text), new ArticleSource(input, url),
            new ArticleMetadata
            {
                Outlet = outlet,
                Title = title ?? $"{outlet}: ferry terminal",
                TitleDerived = titleDerived,
                Published = published,
                Language = "en",
                CreditedSources = credited ?? [],
            },
            text, removed);
}
