using Triangulate.Core.Annotations;
using Triangulate.Nlp.Dates;

namespace Triangulate.Nlp.Quantities;

/// <summary>The verb a count is the object of ("killing 12"), and the toll or "number of" a bare figure completes.</summary>
internal sealed partial class QuantityReader
{
    /// <summary>The verb whose object the count is: "killing 12", "injured at least 30", "wounding three others", "the release of seven".</summary>
    private string? GoverningVerb(int first)
    {
        if (first < Count && _tokens[first].NewlineBefore)
        {
            return null; // a count that starts a line (a list item, a headline) is no verb's object
        }

        var k = first - 1;
        for (var skipped = 0; skipped < 3 && k >= 0 && IsWord(k) && (Is(k, "a") || Is(k, "total") || Is(k, "another") || Is(k, "an") || Is(k, "additional") || Is(k, "further") || (Is(k, "of") && Is(k - 1, "total"))); skipped++)
        {
            k--;
        }

        if (Is(k, "the") && Is(k - 1, "of"))
        {
            k--; // "the arrest of the 23 pirates"
        }

        if (!IsWord(k))
        {
            return null;
        }

        if (Is(k, "of") && IsWord(k - 1) && CountedLexicon.EventNouns.TryGetValue(Span(k - 1), out var eventKey))
        {
            return Is(k - 2, "attempted") ? null : eventKey;
        }

        if (Is(k, "of") && (Is(k - 1, "life") || Is(k - 1, "lives")) && Is(k - 2, "the")
            && (Is(k - 3, "took") || Is(k - 3, "taken") || Is(k - 3, "take") || Is(k - 3, "claimed") || Is(k - 3, "claiming") || Is(k - 3, "cost") || Is(k - 3, "costing")))
        {
            return CountedKeys.Deaths; // "took the life of two police officers", "claimed the lives of 12"
        }

        if (Is(k - 1, "to") || Is(k - 1, "attempted") || Is(k - 1, "trying") || (Is(k - 1, "or") && Is(k - 3, "to")))
        {
            return null; // "aiming to kill four", "to harm or kill another person": intended, not done
        }

        if (Is(k, "shot") || Is(k, "shooting"))
        {
            return ShotKey(k);
        }

        if (Is(k, "leaving") || Is(k, "left"))
        {
            return null; // "left 16 people injured": the adjective after the count says what
        }

        return CountedLexicon.PredicateKey(Span(k)) is { } key && !Is(k, "critically") && !Is(k, "seriously") ? key : null;
    }

    /// <summary>
    /// The toll or number a bare figure completes: "the death toll rose to 2,012", "the number of people injured … has risen
    /// to 16", "bringing the toll to 12". A toll without a noun counts deaths.
    /// </summary>
    private string? TollSubject(int first)
    {
        if (!(Is(first - 1, "to") || Is(first - 1, "at") || Is(first - 1, "of") || Is(first - 1, "reached") || Is(first - 1, "hit")
            || Is(first - 1, "is") || Is(first - 1, "was") || Is(first - 1, "topped") || Is(first - 1, "passed") || Is(first - 1, "exceeded")
            || Is(first - 1, "surpassed") || Is(first - 1, "now")))
        {
            return null;
        }

        return TollBefore(first - 1);
    }

    /// <summary>The toll or "number of …" that the words before <paramref name="first"/> in its sentence are about.</summary>
    private string? TollBefore(int first)
    {
        for (var m = first - 1; m >= 0 && m >= first - MaxTollDistance && !IsSentenceEnd(m) && !ParagraphBreakBefore(m + 1); m--)
        {
            if (Is(m, "toll") || Is(m, "tally") || Is(m, "count"))
            {
                return Is(m - 1, "injury") || Is(m - 1, "injuries") ? CountedKeys.Injured
                    : Is(m - 1, "casualty") ? CountedKeys.Casualties
                    : Is(m, "count") && !Is(m - 1, "death") && !Is(m - 1, "body") ? null
                    : CountedKeys.Deaths;
            }

            // "the number of people hurt", "bringing the total of dead or presumed dead to 192".
            if ((Is(m, "number") || Is(m, "figure") || Is(m, "total")) && Is(m + 1, "of"))
            {
                for (var n = m + 2; n < first && n <= m + 5; n++)
                {
                    if (IsWord(n) && (CountedLexicon.PredicateKey(Span(n)) ?? (CountedLexicon.CountedNouns.TryGetValue(Span(n), out var noun) ? noun : null)) is { } key)
                    {
                        return key;
                    }
                }

                return null;
            }
        }

        return null;
    }

    /// <summary>The last token of a sentence (the sentence splitter's, through the sentences layer), or a semicolon:
    /// the rules' search windows stop at either.</summary>
    private bool IsSentenceEnd(int i) => i >= 0 && i < Count && (_sentenceEnds[i] || IsPunct(i, ';'));
}
