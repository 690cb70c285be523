using Triangulate.Core.Annotations;
using Triangulate.Core.Dossier;
using Triangulate.Core.Model;

namespace Triangulate.Stories.Quantities;

/// <summary>
/// Follows each counted thing and scope of a story through its measurements (docs/figures.md). Values become steps in
/// order of first statement; each step is compatible with the one before (bounds, rounding), an update (the later
/// report says it revises, or every statement of it is later than every statement of the one before), or a
/// contradiction (reports of the same time disagree). Same-time values more than <see cref="MaximumRatio"/> apart with no
/// revision are counts of different things (one strike's dead against a campaign's), so they start a separate track
/// of the same key rather than a contradiction. Vague counts ("hundreds of"), one person an article mentions ("a man was
/// killed": one of the dead, not their number) and the old value a revision quotes ("up from the 14") are not steps.
/// </summary>
public sealed class FigureTrackBuilder
{
    private const double MaximumRatio = 2.0;
    private const double SmallDifference = 3;

    /// <param name="statements">The story's measurements in the order of story.quantities (indexes refer to it).</param>
    public List<DossierFigureTrack> Build(IReadOnlyList<FigureStatement> statements)
    {
        ArgumentNullException.ThrowIfNull(statements);
        var groups = new Dictionary<(string Counted, string? Scope), List<int>>();
        var order = new List<(string, string?)>();
        var stated = new HashSet<(string Article, TextSpan Span)>();
        foreach (var s in statements)
        {
            if (!s.Quantity.Implicit)
            {
                stated.Add((s.Article.Id, s.Quantity.Span));
            }
        }

        for (var i = 0; i < statements.Count; i++)
        {
            var q = statements[i].Quantity;
            // A figure the reader inferred on the words of a stated one ("shot three people", no death stated: three shot
            // and survived) is no report's statement; a track of it would set "3 injured" against the next report's "2
            // injured" when the first report never said how many were hurt.
            if (!IsTracked(q) || q.Qualifier == "vague" || (q.Implicit && q.Value == 1) || IsOldValue(statements[i]) || (q.Implicit && stated.Contains((statements[i].Article.Id, q.Span))))
            {
                continue;
            }

            var key = (q.Counted, q.Scope?.ToLowerInvariant());
            if (!groups.TryGetValue(key, out var list))
            {
                groups[key] = list = [];
                order.Add(key);
            }

            list.Add(i);
        }

        var tracks = new List<DossierFigureTrack>();
        foreach (var key in order)
        {
            foreach (var chain in Chains(Steps(statements, groups[key]), key.Item1 == CountedKeys.People && key.Item2 is not null))
            {
                var scope = statements[chain[0].Step.Indexes[0]].Quantity.Scope;
                tracks.Add(Track("f" + (tracks.Count + 1).ToString(System.Globalization.CultureInfo.InvariantCulture), key.Item1, scope, chain));
            }
        }

        return tracks;
    }

    /// <summary>Never a part of an unstated whole (<see cref="CountedKeys.PartScope"/>). Event counts, magnitude and depth; of the other figures, a person's weight and the villages a disaster hit
    /// (the reader's scopes say which measure they are); a distance only when it says from where ("72 km south-west of
    /// Marrakesh"), and a count of people only with its sub-group or place ("a mother of 12": her children; "population of
    /// Qeshm"), since the key alone does not say which figure those are. Percentages have no track, even with the subject
    /// of their change: on one Reuters file of newsdocs the subject scope made 222 percent tracks and 8 numeric conflicts,
    /// and those read were different measures of one subject (a consumer price index's monthly 0.4 and yearly 2.5 per
    /// cent) or scoped to a month ("february").</summary>
    private static bool IsTracked(QuantityAnnotation q) =>
        q.Scope is not CountedKeys.PartScope
        && (CountedKeys.IsTracked(q.Counted) || (q.Scope is not null && q.Counted is CountedKeys.Distance or CountedKeys.People)
            || (q.Counted == CountedKeys.Other && q.Scope is CountedKeys.WeightScope or CountedKeys.VillagesScope));

    private static List<FigureStep> Steps(IReadOnlyList<FigureStatement> statements, List<int> indexes)
    {
        var steps = new List<FigureStep>();
        foreach (var i in indexes)
        {
            var q = statements[i].Quantity;
            var step = steps.Find(s => s.Value == q.Value && s.ValueMax == q.ValueMax && FigureUnits.Same(s.Unit, q.Unit));
            if (step is null)
            {
                steps.Add(step = new FigureStep(q.Value, q.ValueMax, q.Unit) { Fine = q.Counted == CountedKeys.Magnitude, Counts = CountedKeys.IsEventCount(q.Counted) || q.Counted == CountedKeys.People });
            }

            step.Add(i, statements[i], RevisionCue.Revises(SentenceOf(statements[i]), q.Counted));
        }

        // Statements come in as-of order, so steps are in order of first statement already; undated ones last.
        return steps;
    }

    private static List<List<(FigureStep Step, string? Kind)>> Chains(List<FigureStep> steps, bool named)
    {
        var chains = new List<List<(FigureStep Step, string? Kind)>>();
        foreach (var step in steps)
        {
            var placed = false;
            foreach (var chain in chains)
            {
                if (Classify(chain[^1].Step, step) is { } kind && (kind == "compatible" || named || !SaidTogether(chain, step)))
                {
                    chain.Add((step, kind));
                    placed = true;
                    break;
                }
            }

            if (!placed)
            {
                chains.Add([(step, null)]);
            }
        }

        return chains;
    }

    /// <summary>True when an article states the new value beside one of the chain's in the same voice, without
    /// presenting it as a revision: then the two values count different things and the step starts its own track.
    /// Not asked for a count of people with a scope (<c>named</c> in <see cref="Chains"/>): "a mother of 12" and "the
    /// mother of 13", "a population of 120,000" and "of 100,000" name one group, so two values of it disagree.</summary>
    private static bool SaidTogether(List<(FigureStep Step, string? Kind)> chain, FigureStep step) =>
        !step.Revises && chain.Exists(c => c.Step.SameVoiceAs(step));

    /// <summary>compatible | update | contradiction, or null when the two values cannot be statements of one count.</summary>
    internal static string? Classify(FigureStep earlier, FigureStep later)
    {
        if (FigureCompatibility.Compatible(earlier, later))
        {
            return "compatible";
        }

        var low = Math.Min(FigureUnits.ToBase(earlier.Value, earlier.Unit), FigureUnits.ToBase(later.Value, later.Unit));
        var high = Math.Max(FigureUnits.ToBase(earlier.Value, earlier.Unit), FigureUnits.ToBase(later.Value, later.Unit));
        // Small counts disagree by a few people more often than by a ratio: "two injured" against "five injured". A
        // measure has no such floor: 200 and 2,000 feet are 0.55 km apart, yet ten times apart.
        var close = high <= MaximumRatio * low || ((earlier.Counts || earlier.Unit is null) && high - low <= SmallDifference);
        if (later.Revises || (later.First is { } first && earlier.Last is { } last && first > last))
        {
            // A toll may rise tenfold as reports come in; a measure (a magnitude, a distance, a fall, a weight) is
            // revised by a little, so a later one far apart measures something else (another climber's fall).
            return close || earlier.Counts ? "update" : null;
        }

        if (earlier.OtherPeopleThan(later))
        {
            return null;
        }

        return close ? "contradiction" : null;
    }

    private static DossierFigureTrack Track(string id, string counted, string? scope, List<(FigureStep Step, string? Kind)> chain)
    {
        var kinds = chain.Select(c => c.Kind).Where(k => k is "update" or "contradiction").Distinct().ToList();
        return new DossierFigureTrack
        {
            Id = id,
            Counted = counted,
            Scope = scope,
            About = About(counted, scope),
            Assessment = kinds.Count == 0 ? "consistent" : kinds.Count == 1 ? kinds[0]! : "mixed",
            Steps = [.. chain.Select(c => new DossierTrackStep
            {
                MeasurementIndexes = c.Step.Indexes,
                Value = c.Step.Value,
                ValueMax = c.Step.ValueMax,
                Bound = c.Step.Bound,
                AsOf = c.Step.First,
                ArticleIds = c.Step.ArticleIds,
                Step = c.Kind,
            })],
        };
    }

    /// <summary>What a track counts, in words: "people injured", "people killed, Al Haouz province".</summary>
    public static string About(string counted, string? scope)
    {
        var what = counted switch
        {
            CountedKeys.Deaths => "people killed",
            CountedKeys.Injured => "people injured",
            CountedKeys.Casualties => "people killed or injured",
            CountedKeys.Missing => "people missing",
            CountedKeys.Aboard => "people on board",
            CountedKeys.Rescued => "people rescued",
            CountedKeys.Displaced => "people displaced",
            CountedKeys.Evacuated => "people evacuated",
            CountedKeys.Arrested => "people arrested",
            CountedKeys.Charged => "people charged",
            CountedKeys.Released => "people released",
            CountedKeys.Affected => "people affected",
            CountedKeys.Buildings => "buildings damaged or destroyed",
            _ => counted,
        };
        return scope is null ? what : what + ", " + scope;
    }

    private static string SentenceOf(FigureStatement statement)
    {
        var span = statement.Quantity.Span;
        var sentence = SentenceAt(statement.Article, span.Start) ?? span;
        return statement.Article.Slice(TextSpan.FromBounds(sentence.Start, Math.Max(sentence.End, span.End)));
    }

    private static bool IsOldValue(FigureStatement statement)
    {
        var at = statement.Quantity.Span.Start;
        // Only the words just before the figure can mark it as the old value: reading from the sentence start made
        // a text of one 500,000-character sentence cost a scan of that sentence per figure (see docs/reliability.md).
        var start = Math.Max(SentenceAt(statement.Article, at)?.Start ?? 0, at - RevisionCue.OldValueWindow);
        return RevisionCue.IsOldValue(statement.Article.Text[start..at]);
    }

    private static TextSpan? SentenceAt(Article article, int offset)
    {
        foreach (var sentence in article.Annotations.Get(Layers.Sentences))
        {
            if (sentence.Span.Start <= offset && offset < sentence.Span.End)
            {
                return sentence.Span;
            }
        }

        return null;
    }
}
