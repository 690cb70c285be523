using System.Text;

namespace Triangulate.Storage.Sqlite;

/// <summary>
/// Turns what a user typed into an FTS5 MATCH expression that cannot be a syntax error: every word is
/// quoted (quotes inside doubled), so FTS5 operators (<c>OR</c>, <c>NEAR(</c>, <c>-</c>, <c>:</c>) are
/// searched as words. Words are ANDed; a trailing <c>*</c> keeps its prefix meaning.
/// </summary>
internal static class Fts5Query
{
    /// <summary>Caps the work one query can ask for.</summary>
    private const int MaxTerms = 32;
    private const int MaxTermLength = 100;

    /// <summary>The MATCH expression, or null when the input has no word to search for.</summary>
    public static string? Build(string? input)
    {
        if (string.IsNullOrWhiteSpace(input))
        {
            return null;
        }

        var builder = new StringBuilder();
        var terms = 0;
        foreach (var range in input.AsSpan().SplitAny(" \t\r\n\f\v\u00a0"))
        {
            var term = input.AsSpan(range);
            var prefix = term.Length > 1 && term[^1] == '*';
            term = term.TrimEnd('*');
            if (!HasWordCharacter(term))
            {
                continue;
            }

            if (term.Length > MaxTermLength)
            {
                term = term[..MaxTermLength];
            }

            AppendQuoted(builder, term, prefix);
            if (++terms == MaxTerms)
            {
                break;
            }
        }

        return terms == 0 ? null : builder.ToString();
    }

    private static void AppendQuoted(StringBuilder builder, ReadOnlySpan<char> term, bool prefix)
    {
        if (builder.Length > 0)
        {
            builder.Append(' ');
        }

        builder.Append('"');
        foreach (var c in term)
        {
            // NUL would end the string early in SQLite's C API; quotes are doubled as FTS5 requires.
            if (c == '\0')
            {
                continue;
            }

            if (c == '"')
            {
                builder.Append('"');
            }

            builder.Append(c);
        }

        builder.Append('"');
        if (prefix)
        {
            builder.Append('*');
        }
    }

    /// <summary>A term of punctuation alone would be an empty phrase; FTS5 tokenizes on letters and digits.</summary>
    private static bool HasWordCharacter(ReadOnlySpan<char> term)
    {
        foreach (var c in term)
        {
            if (char.IsLetterOrDigit(c))
            {
                return true;
            }
        }

        return false;
    }
}
