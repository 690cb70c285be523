namespace Triangulate.Stories.Claims;

/// <summary>A dateline opening a sentence: capitals (a city, a country, "Oct 18") then a dash.</summary>
internal static class Dateline
{
    private const int MaxLength = 60;

    /// <summary>How many characters of <paramref name="text"/> its dateline and dash take; 0 when it has none.</summary>
    public static int Length(string text)
    {
        var i = 0;
        var letters = 0;
        while (i < text.Length && i < MaxLength)
        {
            var c = text[i];
            if (char.IsLower(c))
            {
                return 0;
            }

            letters += char.IsUpper(c) ? 1 : 0;
            if (c is '\u2014' or '\u2013' || (c == '-' && i + 1 < text.Length && text[i + 1] is '-' or ' '))
            {
                break;
            }

            i++;
        }

        if (i >= text.Length || i >= MaxLength || letters < 2)
        {
            return 0;
        }

        while (i < text.Length && (text[i] is '\u2014' or '\u2013' or '-' || char.IsWhiteSpace(text[i])))
        {
            i++;
        }

        return i;
    }
}
