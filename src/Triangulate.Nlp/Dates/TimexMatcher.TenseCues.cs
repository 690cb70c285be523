namespace Triangulate.Nlp.Dates;

/// <summary>
/// The word cues that set a clause's tense for <see cref="TimexMatcher"/>'s tense rules (TimexMatcher.Tense.cs):
/// future auxiliaries and plans, past auxiliaries and regular past-tense verbs.
/// </summary>
internal sealed partial class TimexMatcher
{
    /// <summary>
    /// Cues before the expression in its sentence that put it in the future: "will", "'ll", "shall",
    /// "is scheduled/expected/due/set to", "as soon/early as", "next".
    /// </summary>
    private bool IsFuture(int i)
    {
        for (var k = i - 1; k >= 0 && k >= i - 12; k--)
        {
            if (IsSentenceEnd(k))
            {
                break;
            }

            if (_tokens[k].Kind != ScanKind.Word)
            {
                // A quotation's tense is its speaker's: in '"… they will answer for it," he said late on
                // Saturday' the Saturday is the one just past.
                if (_text[_tokens[k].Start] is '"' or '\u201c' or '\u201d')
                {
                    break;
                }

                continue;
            }

            if (Is(k, "said") || Is(k, "told") || Is(k, "added") || Is(k, "wrote") || Is(k, "announced") || Is(k, "insisted") || Is(k, "warned"))
            {
                return false; // a reporting verb in the past governs what follows it
            }

            if (Is(k, "will") || Is(k, "ll") || Is(k, "shall") || Is(k, "wo") || Is(k, "would") || Is(k, "going") || Is(k, "next") || Is(k, "upcoming"))
            {
                return true;
            }

            if ((Is(k, "scheduled") || Is(k, "expected") || Is(k, "due") || Is(k, "set") || Is(k, "slated") || Is(k, "planned") || Is(k, "supposed")) && (Is(k - 1, "is") || Is(k - 1, "are") || Is(k - 1, "be")))
            {
                return true;
            }

            if ((Is(k, "soon") || Is(k, "early")) && Is(k - 1, "as") && Is(k + 1, "as"))
            {
                return true;
            }

            if ((Is(k, "is") || Is(k, "are")) && IsPastVerb(k + 1) && k + 2 == i - (Is(i - 1, "in") || Is(i - 1, "on") || Is(i - 1, "by") ? 1 : 0))
            {
                return true; // "the case is heard in May"
            }
        }

        return false;
    }

    /// <summary>Cues that put the expression in the past: "was", "had", "did", or a past-tense verb just before.</summary>
    private bool IsPast(int i)
    {
        for (var k = i - 1; k >= 0 && k >= i - 8; k--)
        {
            if (IsSentenceEnd(k))
            {
                break;
            }

            if (Is(k, "was") || Is(k, "were") || Is(k, "had") || Is(k, "did") || (IsPastVerb(k) && !(Is(k - 1, "is") || Is(k - 1, "are") || Is(k - 1, "be") || Is(k - 1, "will"))))
            {
                return true;
            }
        }

        return false;
    }

    private bool IsPastVerb(int k)
    {
        if (k < 0 || k >= Count || _tokens[k].Kind != ScanKind.Word || _tokens[k].Length < 5)
        {
            return false;
        }

        var s = Span(k);
        return char.IsLower(s[0]) && s.EndsWith("ed", StringComparison.Ordinal) && !s.Equals("expected", StringComparison.Ordinal) && !s.Equals("scheduled", StringComparison.Ordinal)
            && !s.Equals("planned", StringComparison.Ordinal) && !s.Equals("need", StringComparison.Ordinal) && !s.Equals("supposed", StringComparison.Ordinal);
    }
}
