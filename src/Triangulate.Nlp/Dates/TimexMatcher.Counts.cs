namespace Triangulate.Nlp.Dates;

/// <summary>Counted units: durations ("three years"), offsets ("two weeks ago") and frequencies ("a year").</summary>
internal sealed partial class TimexMatcher
{
    /// <summary>
    /// [the] [past|last|next|first|coming] count unit [ago|earlier|later|after|before|from now].
    /// A count of -1 stands for "several", "a few" (TIMEX3's X).
    /// </summary>
    private bool TryCount(int i, out TimexCandidate c)
    {
        c = default;
        var j = i;
        var framed = false;
        if (Fn(j, TimexFunction.The) && IsFrame(j + 1))
        {
            j += 2;
            framed = true;
        }
        else if (IsFrame(j))
        {
            j++;
            framed = true;
        }
        else if (Fn(j, TimexFunction.The) && (IsNumber(j + 1) || W(j + 1).Number > 1))
        {
            j++;
            framed = true; // "the nine months", "the four days"
        }

        if (!ParseCount(j, out var n, out var countEnd, out var article))
        {
            return false;
        }

        var u = countEnd + 1;
        var adjectival = false;
        if (IsPunct(u, '-') && Touch(countEnd) && Touch(u))
        {
            u++;
            adjectival = true;
        }
        else if (Fn(u, TimexFunction.Of) && n == 2)
        {
            u++; // a couple of days
        }

        var unit = W(u).Unit;
        if (unit == TimeUnit.None || (unit == TimeUnit.Second && article) || (unit == TimeUnit.Quarter && Fn(u + 1, TimexFunction.Of)))
        {
            return false;
        }

        if (!framed && !adjectival && TryOffset(i, u, unit, n, out c))
        {
            return true;
        }

        if (adjectival && IsPunct(u + 1, '-') && Is(u + 2, "old"))
        {
            return false; // "a 6-year-old": an age, which TimeBank does not mark
        }

        if (article && !framed && unit != TimeUnit.Weekend && IsRateContext(j))
        {
            c = new TimexCandidate(j, u, "SET", TimexValues.Duration(unit, 1));
            return true;
        }

        c = new TimexCandidate(i, u, "DURATION", TimexValues.Duration(unit, n)) { Count = n, Unit = unit };
        if (!framed && (Fn(u + 1, TimexFunction.After) || Fn(u + 1, TimexFunction.Before)))
        {
            c.Signal = W(u + 1).Function;
        }

        return true;
    }

    private bool IsFrame(int j) =>
        Fn(j, TimexFunction.Latest) || Fn(j, TimexFunction.Past) || Fn(j, TimexFunction.Last) || Fn(j, TimexFunction.Next) || Fn(j, TimexFunction.First) || Fn(j, TimexFunction.Coming);

    /// <summary>"two weeks ago", "a year earlier", "eight days prior", "three days from now".</summary>
    private bool TryOffset(int i, int u, TimeUnit unit, double n, out TimexCandidate c)
    {
        c = default;
        var after = u + 1;
        int sign;
        int last;
        if (Fn(after, TimexFunction.Ago) || Fn(after, TimexFunction.Earlier) || Fn(after, TimexFunction.Prior))
        {
            sign = -1;
            last = after;
        }
        else if (Is(after, "from") && Is(after + 1, "now"))
        {
            sign = 1;
            last = after + 1;
        }
        else if (Is(after, "hence"))
        {
            sign = 1;
            last = after;
        }
        else
        {
            return false;
        }

        string? value;
        if (n < 0)
        {
            value = sign < 0 ? "PAST_REF" : "FUTURE_REF";
        }
        else
        {
            value = _ref is { } r && n == Math.Floor(n) && n < 1_000_000 ? TimexValues.Shift(r, unit, sign * (int)n) : null;
        }

        c = new TimexCandidate(i, last, "DATE", value) { Count = n, Unit = unit };
        c.Signal = sign > 0 ? TimexFunction.Later : Fn(after, TimexFunction.Ago) ? TimexFunction.Ago : TimexFunction.Earlier;
        return true;
    }

    /// <summary>"$5 a year", "twice a week": the unit is a rate, not a span.</summary>
    private bool IsRateContext(int j)
    {
        if (j == 0)
        {
            return false;
        }

        var p = j - 1;
        return IsNumber(p) || IsPunct(p, '%') || Is(p, "times") || Is(p, "once") || Is(p, "twice") || Is(p, "million") || Is(p, "billion") || Is(p, "percent") || Is(p, "cent");
    }

    /// <summary>Reads a count: "15", "1.5", "twenty-five", "a", "a few", "several", "a dozen", "half an".</summary>
    private bool ParseCount(int j, out double n, out int end, out bool article)
    {
        n = 0;
        end = j;
        article = false;
        if (j >= Count)
        {
            return false;
        }

        if (IsNumber(j))
        {
            if (Suffix(j).Length != 0 || _text.AsSpan(_tokens[j].Start, _tokens[j].Length).Contains(':'))
            {
                return false;
            }

            return double.TryParse(_text.AsSpan(_tokens[j].Start, _tokens[j].Length).ToString().Replace(",", string.Empty, StringComparison.Ordinal), System.Globalization.CultureInfo.InvariantCulture, out n);
        }

        var w = W(j);
        if (Is(j, "a") || Is(j, "an"))
        {
            article = true;
            if (Fn(j + 1, TimexFunction.Few) || Fn(j + 1, TimexFunction.Several))
            {
                n = Is(j + 1, "couple") ? 2 : -1;
                end = j + 1;
                article = false;
                return true;
            }

            if (Is(j + 1, "dozen"))
            {
                n = 12;
                end = j + 1;
                article = false;
                return true;
            }

            n = 1;
            return true;
        }

        if (Fn(j, TimexFunction.Several) || Fn(j, TimexFunction.Few))
        {
            n = -1;
            return true;
        }

        if (Fn(j, TimexFunction.Half) && (Is(j + 1, "a") || Is(j + 1, "an")))
        {
            n = 0.5;
            end = j + 1;
            return true;
        }

        if (w.Number < 0 || w.Number == 0)
        {
            return false;
        }

        n = w.Number;
        if (w.Number >= 20 && IsPunct(j + 1, '-') && Touch(j) && Touch(j + 1) && W(j + 2).Number is > 0 and < 10)
        {
            n += W(j + 2).Number;
            end = j + 2;
        }

        return true;
    }
}
