using Triangulate.Nlp.Dates;

namespace Triangulate.Nlp.Quantities;

/// <summary>Reading the number itself: qualifier, currency, digits or words, scale, range, percent.</summary>
internal sealed partial class QuantityReader
{
    private int ReadQualifier(int i, out string? qualifier)
    {
        qualifier = null;
        if ((Is(i, "more") || Is(i, "fewer") || Is(i, "less")) && Is(i + 1, "than"))
        {
            qualifier = Is(i, "more") ? "more than" : "less than";
            return i + 2;
        }

        if (Is(i, "at") && (Is(i + 1, "least") || Is(i + 1, "most")))
        {
            qualifier = Is(i + 1, "least") ? "at least" : "at most";
            return i + 2;
        }

        if ((Is(i, "up") && Is(i + 1, "to")) || (Is(i, "as") && Is(i + 1, "many") && Is(i + 2, "as")))
        {
            qualifier = "at most";
            return Is(i, "up") ? i + 2 : i + 3;
        }

        if ((Is(i, "close") && Is(i + 1, "to")) || (Is(i, "upwards") && Is(i + 1, "of")))
        {
            qualifier = Is(i, "close") ? "nearly" : "more than";
            return i + 2;
        }

        if ((Is(i, "an") || Is(i, "a")) && Is(i + 1, "estimated"))
        {
            qualifier = "about";
            return i + 2;
        }

        if (IsWord(i) && NumberWords.Qualifiers.TryGetValue(Span(i), out var q))
        {
            qualifier = q;
            return i + 1;
        }

        return i;
    }

    private bool ReadCurrencySymbol(int j, out string? currency, out int next)
    {
        currency = null;
        next = j;
        if (Is(j, "US") && IsPunct(j + 1, '$') && Touch(j))
        {
            j++;
        }

        if (j >= Count || _tokens[j].Kind != ScanKind.Punct)
        {
            return false;
        }

        currency = _text[_tokens[j].Start] switch { '$' => "USD", '£' => "GBP", '€' => "EUR", '¥' => "JPY", '₹' => "INR", _ => null };
        next = j + 1;
        return currency is not null && (IsNumber(next) || IsWord(next));
    }

    /// <summary>Digits ("15,000", "1.5", "50m") or words ("six", "twenty-five", "a dozen", "tens of thousands of").</summary>
    private bool ReadNumber(int j, bool money, out double value, out int end, out bool vague)
    {
        value = double.NaN;
        end = j;
        vague = false;
        if (j >= Count)
        {
            return false;
        }

        if (IsNumber(j))
        {
            var s = Span(j);
            if (s.Contains(':') || s.Count('.') > 1)
            {
                return false;
            }

            var suffix = Suffix(j);
            var scale = 1.0;
            if (suffix.Length > 0 && !NumberWords.Scales.TryGetValue(suffix, out scale))
            {
                if (!Units.TryGetValue(suffix, out _))
                {
                    return false;
                }

                scale = 1; // "58km": a unit written onto the number (read by GluedUnit)
            }

            value = ParseDigits(Digits(j)) * scale;
            end = suffix.Length == 0 ? ReadSpacedDigits(j, ref value) : j;
            end = end == j ? ReadFraction(j, ref value) : end;
            end = ReadScales(end, ref value);
            return !double.IsNaN(value);
        }

        if (!IsWord(j))
        {
            return false;
        }

        if (NumberWords.Vague.TryGetValue(Span(j), out var low) && Is(j + 1, "of"))
        {
            vague = true;
            value = low;
            end = j + 1;
            if (IsWord(j + 2) && NumberWords.Vague.TryGetValue(Span(j + 2), out var more) && more >= 1000)
            {
                // "tens of thousands of troops", "hundreds of millions"
                value *= more;
                end = Is(j + 3, "of") ? j + 3 : j + 2;
            }

            return true;
        }

        if ((Is(j, "a") || Is(j, "an")) && (Is(j + 1, "dozen") || NumberWords.Scales.TryGetValue(Span(Math.Min(j + 1, Count - 1)), out _)) && IsWord(j + 1) && !Is(j + 1, "m") && !Is(j + 1, "b"))
        {
            value = Is(j + 1, "dozen") ? 12 : 1;
            end = Is(j + 1, "dozen") ? j + 1 : ReadScales(j, ref value);
            return true;
        }

        if (Is(j, "half") && (Is(j + 1, "a") || Is(j + 1, "an")) && IsWord(j + 2) && NumberWords.Scales.TryGetValue(Span(j + 2), out var halfScale))
        {
            value = 0.5 * halfScale;
            end = j + 2;
            return true;
        }

        if (!NumberWords.Units.TryGetValue(Span(j), out value))
        {
            return false;
        }

        end = j;
        if (value >= 20 && IsPunct(j + 1, '-') && Touch(j) && Touch(j + 1) && IsWord(j + 2) && NumberWords.Units.TryGetValue(Span(j + 2), out var ones) && ones < 10)
        {
            value += ones;
            end = j + 2;
        }

        var scaled = ReadScales(end, ref value);
        if (value == 1 && scaled == end && !money)
        {
            return false; // "one of them", "one day": too often not a count
        }

        end = scaled;
        return true;
    }

    /// <summary>"27-1/2" → 27.5, "3/4" → 0.75 (market prices); other slashes ("9/11", "24/7") are not fractions.</summary>
    private int ReadFraction(int j, ref double value)
    {
        if (IsPunct(j + 1, '-') && Touch(j) && Touch(j + 1) && IsFraction(j + 2, out var part))
        {
            value += part;
            return j + 4;
        }

        if (IsFraction(j, out var whole) && _tokens[j].DigitsEnd == _tokens[j].End)
        {
            value = whole;
            return j + 2;
        }

        return j;
    }

    private bool IsFraction(int k, out double fraction)
    {
        fraction = 0;
        if (!IsNumber(k) || !IsPunct(k + 1, '/') || !IsNumber(k + 2) || !Touch(k) || !Touch(k + 1))
        {
            return false;
        }

        var numerator = ParseDigits(Digits(k));
        var denominator = ParseDigits(Digits(k + 2));
        if (denominator is not (2 or 3 or 4 or 8 or 16 or 32 or 64) || numerator >= denominator)
        {
            return false;
        }

        fraction = numerator / denominator;
        return true;
    }

    private int ReadScales(int end, ref double value)
    {
        while (IsWord(end + 1) && !Is(end + 1, "m") && !Is(end + 1, "b") && !Is(end + 1, "k") && NumberWords.Scales.TryGetValue(Span(end + 1), out var scale))
        {
            value *= scale;
            end++;
        }

        return end;
    }

    /// <summary>Rejects numbers that name or date rather than count: years, ordinals, phone numbers, "F-35", "No. 5".</summary>
    private bool IsCountable(int j, int end, double value)
    {
        if (!IsNumber(j))
        {
            return true;
        }

        var digits = Digits(j);
        if (end == j && Suffix(j).Length == 0 && digits.Length == 4 && !digits.Contains(',') && value is >= 1900 and <= 2100 && !IsPercentAt(j + 1))
        {
            return false;
        }

        if (j > 0 && (IsPunct(j - 1, '+') || IsPunct(j - 1, '#') || (IsPunct(j - 1, '-') && Touch(j - 1) && Touch(j - 2) && (IsWord(j - 2) || IsNumber(j - 2)))))
        {
            return false;
        }

        if (IsPunct(j + 1, '-') && Touch(j) && IsNumber(j + 2) && Digits(j + 2).Length >= 3 && digits.Length >= 3)
        {
            return false;
        }

        if ((IsPunct(j - 1, '/') && Touch(j - 1)) || (end == j && IsPunct(j + 1, '/') && Touch(j)))
        {
            return false; // "9/11", "24/7", "3/19": dates and codes
        }

        // Digit groups in a row ("20 7946 0958") are phone numbers or codes, not counts.
        if (IsNumber(j - 1) || (end == j && IsNumber(j + 1)))
        {
            return false;
        }

        if (j > 0 && IsWord(j - 1) && NumberWords.Naming.TryGetValue(Span(j - 1), out _))
        {
            return false;
        }

        if (j > 1 && IsPunct(j - 1, '.') && Is(j - 2, "No"))
        {
            return false;
        }

        return !(IsPunct(j + 1, '-') && Touch(j) && IsWord(j + 2) && Touch(j + 1) && !IsUnitLike(j + 2));
    }

    // "a 10-year-old", "5-foot": a hyphenated word after a number is still a measure, unlike "3-D" or "G-7".
    private bool IsUnitLike(int i) => _tokens[i].Length > 2;

    private bool IsYearLike(int k) => Digits(k).Length == 4 && !Digits(k).Contains(',');

    private bool IsPercentAt(int k) => IsPunct(k, '%') || Is(k, "percent") || Is(k, "pct") || (Is(k, "per") && Is(k + 1, "cent"));

    /// <summary>"%", "per cent", "dollars", "euros" after the number.</summary>
    private int ReadUnitAfter(int end, ref string? unit, ref double value)
    {
        var k = end + 1;
        if (unit is null && IsPercentAt(k))
        {
            unit = "percent";
            return Is(k, "per") ? k + 1 : k;
        }

        if (IsWord(k) && NumberWords.CurrencyWords.TryGetValue(Span(k), out var code))
        {
            unit ??= code;
            return k;
        }

        if (unit is null && (Is(k, "cts") || Is(k, "cents") || Is(k, "cent")) && !Is(k - 1, "per"))
        {
            unit = "USD";
            value /= 100; // normalised to dollars so "50 cts" and "$0.50" compare
            return k;
        }

        return end;
    }
}
