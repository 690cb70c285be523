namespace Triangulate.Nlp.Quantities;

/// <summary>
/// Numbers that a detokeniser split apart: corpora rebuilt from tokens (ECB+) write "31, 000" for 31,000 and "6. 1" for
/// 6.1. Read as two numbers they give false figures ("000 people" = 0, a magnitude of 6). Only the exact shapes are
/// joined: one to three digits, the mark touching them, one space, then three digits (thousands) or one digit (a
/// decimal, which must not start a new sentence).
/// </summary>
internal sealed partial class QuantityReader
{
    private int ReadSpacedDigits(int j, ref double value)
    {
        if (!IsPlainDigits(j, 1, 3) || !Touch(j) || !SingleSpaceAfter(j + 1))
        {
            return j;
        }

        // "2, 000ft": the thousands may carry a glued unit, read after the join.
        // A number that ends a hyphenated compound ("5 - foot - 8, 135 pounds") starts no thousands.
        if (IsPunct(j + 1, ',') && value >= 1 && (IsPlainDigits(j + 2, 3, 3) || ThreeDigitsWithUnit(j + 2)) && !IsPunct(j + 3, ',')
            && !(IsPunct(j - 1, '-') && IsWord(j - 2)))
        {
            value = (value * 1000) + ParseDigits(Digits(j + 2));
            return j + 2;
        }

        if (IsPunct(j + 1, '.') && Digits(j).Length <= 2 && IsPlainDigits(j + 2, 1, 1) && !IsCapitalised(j + 3) && !IsNumber(j + 3))
        {
            value += ParseDigits(Digits(j + 2)) / 10;
            return j + 2;
        }

        return j;
    }

    private bool IsPlainDigits(int k, int min, int max)
    {
        if (!IsNumber(k) || Suffix(k).Length > 0)
        {
            return false;
        }

        var digits = Digits(k);
        return digits.Length >= min && digits.Length <= max && !digits.ContainsAnyExcept("0123456789");
    }

    private bool ThreeDigitsWithUnit(int k) =>
        IsNumber(k) && Digits(k).Length == 3 && !Digits(k).ContainsAnyExcept("0123456789") && Units.TryGetValue(Suffix(k), out _);

    private bool SingleSpaceAfter(int k) => k + 1 < Count && _tokens[k + 1].Start == _tokens[k].End + 1 && _text[_tokens[k].End] == ' ';
}
