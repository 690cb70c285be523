namespace Triangulate.Nlp.Dates;

/// <summary>
/// Tense cues around an expression: relative dates point the way the clause's verb points. "from Monday" in a
/// Sunday article about a plan is tomorrow; "the March report rated …" in October is last March; "the election
/// slated for June 25" in January is this June.
/// </summary>
internal sealed partial class TimexMatcher
{
    /// <summary>How far a clause is searched for its verb, before and after the expression.</summary>
    private const int TenseLookBehind = 40;
    private const int TenseLookAhead = 8;

    /// <summary>How far a fronted expression set off by a comma ("In February, a quake measuring 6.4 on the Richter scale
    /// hit …") is searched for its clause's verb: the whole subject stands between them.</summary>
    private const int FrontedLookAhead = 16;

    /// <summary>Words before an expression that still count as the head of its sentence ("In", "On", "The", "Last").</summary>
    private const int MaxFrontedWords = 2;

    /// <summary>
    /// The tense of the clause holding the expression at tokens <paramref name="first"/>..<paramref name="last"/>:
    /// the nearest cue before it in its sentence (a quotation's edge stops the search: a quote's tense is its
    /// speaker's), else the first after it ("The March report rated…", "On Monday, the council will vote").
    /// </summary>
    private ClauseTense TenseAt(int first, int last)
    {
        if (Is(first - 1, "since") || Is(last + 1, "ago"))
        {
            return ClauseTense.Past;
        }

        var words = 0;
        for (var k = first - 1; k >= 0 && k >= first - TenseLookBehind; k--)
        {
            if (IsSentenceEnd(k) || IsQuoteMark(k))
            {
                break;
            }

            if (_tokens[k].Kind != ScanKind.Word)
            {
                continue;
            }

            words++;

            // "he said on Monday": the saying is dated. "he said it expects a cut in September": the reporting verb
            // governs a clause whose own tense is unknown here, so the search stops.
            if (IsReportingVerb(k))
            {
                return first - k <= 3 ? ClauseTense.Past : ClauseTense.None;
            }

            if (CueAt(k) is var tense && tense != ClauseTense.None)
            {
                return tense == ClauseTense.Present ? ClauseTense.None : tense;
            }
        }

        // Only an expression at the head of its sentence takes its tense from the verb after it ("The March report
        // rated…", "In September, it announced…"); elsewhere what follows is another clause (", an official said").
        if (words > MaxFrontedWords)
        {
            return ClauseTense.None;
        }

        var reach = IsPunct(last + 1, ',') ? FrontedLookAhead : TenseLookAhead;
        for (var k = last + 1; k < Count && k <= last + reach; k++)
        {
            if ((IsSentenceEnd(k) && !InSplitDecimal(k)) || IsQuoteMark(k) || IsClauseOpener(k))
            {
                break;
            }

            // The head's own verb dates it: "On Friday, the government planned to…" is last Friday's planning.
            if (_tokens[k].Kind == ScanKind.Word && (IsReportingVerb(k) || IsPastVerb(k) || IsIrregularPast(k) ? ClauseTense.Past : CueAt(k)) is var tense && tense != ClauseTense.None)
            {
                return tense == ClauseTense.Present ? ClauseTense.None : tense;
            }
        }

        return ClauseTense.None;
    }

    /// <summary>Text rebuilt from tokens writes "6. 4", and the splitter may end a sentence inside it.</summary>
    private bool InSplitDecimal(int k) => (IsPunct(k, '.') && IsNumber(k - 1) && IsNumber(k + 1)) || (IsNumber(k) && IsPunct(k + 1, '.') && IsNumber(k + 2));

    private bool IsQuoteMark(int k) => _tokens[k].Kind != ScanKind.Word && _text[_tokens[k].Start] is '"' or '\u201c' or '\u201d';

    private bool IsReportingVerb(int k) => Is(k, "said") || Is(k, "says") || Is(k, "told") || Is(k, "added") || Is(k, "announced") || Is(k, "reported") || Is(k, "wrote");

    private bool IsClauseOpener(int k) => Is(k, "when") || Is(k, "which") || Is(k, "who") || Is(k, "that") || Is(k, "because") || Is(k, "after") || Is(k, "before")
        || Is(k, "while") || Is(k, "if") || Is(k, "although") || Is(k, "though") || Is(k, "but") || Is(k, "and");

    /// <summary>An auxiliary before a participle: "will be held", "is heard", "has been searching" take their tense from it.</summary>
    private bool IsAuxiliary(int k) => Is(k, "is") || Is(k, "are") || Is(k, "am") || Is(k, "be") || Is(k, "been") || Is(k, "being") || Is(k, "was") || Is(k, "were")
        || Is(k, "will") || Is(k, "has") || Is(k, "have") || Is(k, "had") || Is(k, "the") || Is(k, "a") || Is(k, "an");

    /// <summary>The tense a word sets for its clause, if it sets one.</summary>
    private ClauseTense CueAt(int k)
    {
        if (Is(k, "will") || Is(k, "ll") || Is(k, "shall") || Is(k, "wo") || (Is(k, "going") && Is(k + 1, "to"))
            || ((Is(k, "soon") || Is(k, "early")) && Is(k - 1, "as") && Is(k + 1, "as")))
        {
            return ClauseTense.Future;
        }

        // "said it would add buses from Monday", "might come as soon as…": ahead of some moment, so the nearer one.
        if (Is(k, "would") || Is(k, "might") || Is(k, "may") || Is(k, "could") || Is(k, "should") || Is(k, "must") || Is(k, "can"))
        {
            return ClauseTense.Prospective;
        }

        // "to be paid in January": an infinitive looks ahead.
        if (Is(k, "be") && Is(k - 1, "to"))
        {
            return ClauseTense.Prospective;
        }

        // "suspended exports due to an earthquake on Thursday": a cause, not a schedule; the search goes on to the verb.
        if (IsCausalDueTo(k))
        {
            return ClauseTense.None;
        }

        var toOrFor = Is(k + 1, "to") || Is(k + 1, "for");
        if (toOrFor && (Is(k, "scheduled") || Is(k, "expected") || Is(k, "due") || Is(k, "set") || Is(k, "slated") || Is(k, "poised") || Is(k, "supposed")))
        {
            // "is scheduled for Monday", "slated for June 25"; "was expected to" looks ahead from the past.
            return Is(k - 1, "was") || Is(k - 1, "were") || Is(k - 1, "had") || Is(k - 1, "been") ? ClauseTense.Prospective : ClauseTense.Future;
        }

        if (Is(k + 1, "to") && (Is(k, "plans") || Is(k, "plan") || Is(k, "intends") || Is(k, "aims") || Is(k, "hopes") || Is(k, "prepares") || Is(k, "wants")))
        {
            return ClauseTense.Future;
        }

        if (Is(k + 1, "to") && (Is(k, "planned") || Is(k, "intended") || Is(k, "hoped") || Is(k, "aimed") || Is(k, "wanted") || Is(k, "promised") || Is(k, "vowed")
            || Is(k, "planning") || Is(k, "preparing") || Is(k, "hoping") || Is(k, "aiming") || Is(k, "scheduling")))
        {
            return Is(k - 1, "is") || Is(k - 1, "are") || Is(k - 1, "be") ? ClauseTense.Future : ClauseTense.Prospective;
        }

        if ((Is(k, "is") || Is(k, "are")) && Is(k + 1, "to"))
        {
            return ClauseTense.Future; // "the bridge is to reopen"
        }

        // "would have been effective July 1": the modal before "have" sets the tense, so the search goes on to it.
        if (Is(k, "have") && (Is(k - 1, "would") || Is(k - 1, "could") || Is(k - 1, "might") || Is(k - 1, "should") || Is(k - 1, "will") || Is(k - 1, "may")))
        {
            return ClauseTense.None;
        }

        if (Is(k, "was") || Is(k, "were") || Is(k, "had") || Is(k, "did") || Is(k, "has") || Is(k, "have"))
        {
            return ClauseTense.Past;
        }

        // A present verb ("the case is heard in May") ends the search with no cue of its own.
        if (Is(k, "is") || Is(k, "are") || Is(k, "am"))
        {
            return ClauseTense.Present;
        }

        return (IsIrregularPast(k) || IsPastVerb(k)) && !IsAuxiliary(k - 1) ? ClauseTense.Past : ClauseTense.None;
    }

    /// <summary>"due to" before a noun phrase ("due to the storm", "due to an earthquake", "due to heavy rain's …"): a
    /// determiner, possessive or number after "to" cannot start the infinitive of a schedule ("due to arrive").</summary>
    private bool IsCausalDueTo(int k) => Is(k, "due") && Is(k + 1, "to")
        && (IsNumber(k + 2) || Is(k + 2, "the") || Is(k + 2, "a") || Is(k + 2, "an") || Is(k + 2, "its") || Is(k + 2, "their") || Is(k + 2, "his")
            || Is(k + 2, "her") || Is(k + 2, "this") || Is(k + 2, "that") || Is(k + 2, "these") || Is(k + 2, "those") || Is(k + 2, "our"));

    private bool IsIrregularPast(int k) => k >= 0 && k < Count && _tokens[k].Kind == ScanKind.Word && TimexLexicon.IsIrregularPast(Span(k));

    private bool IsDeadline(int k) => Is(k, "by") || Is(k, "until") || Is(k, "till") || Is(k, "through") || (Is(k, "mid") && IsDeadline(k - 1)) || (Is(k, "early") && IsDeadline(k - 1));

    /// <summary>Years to add to a month-day placed in the reference's year, <paramref name="daysAhead"/> after it.</summary>
    /// <remarks>A past clause moves a day two months or more ahead into last year (a deadline a few weeks ahead is
    /// often reported in the past: "decided he should go home by Jan. 14"); a future one moves a day two months or
    /// more behind into next year; otherwise the nearer of the two years wins, which keeps the article's year for
    /// any day within six months ("the election slated for June 25" in January).</remarks>
    private static int YearShift(ClauseTense tense, int daysAhead) => tense switch
    {
        ClauseTense.Past when daysAhead > 60 => -1,
        ClauseTense.Future when daysAhead < -60 => 1,
        ClauseTense.Future or ClauseTense.Past => 0,
        _ when daysAhead > 182 => -1,
        _ when daysAhead < -182 => 1,
        _ => 0,
    };

    /// <summary>
    /// The day a bare weekday names: the next one when its clause points ahead ("will", "is scheduled to", or a plan
    /// "from Monday" with no past cue), the nearer one after "would" (ahead of a past moment), else the last one.
    /// </summary>
    private DateOnly WeekdayFor(int first, int last, int weekday, DateOnly reference)
    {
        var tense = TenseAt(first, last);
        if (tense == ClauseTense.Past && IsPerfectDeadline(first))
        {
            tense = ClauseTense.Future; // "has been delayed until Monday": the delay still runs, so its end is ahead
        }

        if (tense == ClauseTense.Prospective)
        {
            var next = TimexValues.WeekdayNear(reference, weekday, true, false);
            var previous = TimexValues.WeekdayNear(reference, weekday, false, false);
            return next.DayNumber - reference.DayNumber <= reference.DayNumber - previous.DayNumber ? next : previous;
        }

        var future = tense == ClauseTense.Future || (tense == ClauseTense.None && (IsFuture(first) || OpensAhead(first - 1)));
        return TimexValues.WeekdayNear(reference, weekday, future, false);
    }

    /// <summary>"until Monday" after a present perfect passive ("has been delayed until", "have been adjourned till").</summary>
    private bool IsPerfectDeadline(int first)
    {
        if (!Is(first - 1, "until") && !Is(first - 1, "till"))
        {
            return false;
        }

        for (var k = first - 2; k >= 1 && k >= first - 5; k--)
        {
            if (Is(k, "been"))
            {
                return Is(k - 1, "has") || Is(k - 1, "have") || Is(k - 1, "s") || Is(k - 1, "ve");
            }
        }

        return false;
    }

    /// <summary>"from Monday", "starting Monday", "until Monday": with no past cue, a span that runs ahead.</summary>
    private bool OpensAhead(int k) => Is(k, "from") || Is(k, "starting") || Is(k, "beginning") || Is(k, "until") || Is(k, "till") || Is(k, "effective");
}
