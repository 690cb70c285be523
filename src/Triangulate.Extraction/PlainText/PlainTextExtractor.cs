using System.Text.RegularExpressions;
using Triangulate.Core.Ingest;
using Triangulate.Extraction.Cleaning;

namespace Triangulate.Extraction.PlainText;

/// <summary>
/// Extracts an article from plain text: takes the title from the hints or from a headline line at the top
/// (removing it from the text), then runs <see cref="BoilerplateCleaner"/>. A lead paragraph is never
/// taken for a title. Thread-safe.
/// </summary>
public sealed class PlainTextExtractor
{
    private static readonly Regex SentenceBreakRx = new(
        @"\p{Ll}{2}[.!?][""”’]?\s+[""“‘]?\p{Lu}",
        RegexOptions.CultureInvariant | RegexOptions.Compiled);

    private static readonly HashSet<string> TrailingStopWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "the", "a", "an", "of", "to", "and", "or", "in", "on", "for", "with", "by", "at", "from", "that", "as", "is", "but",
    };

    private readonly BoilerplateCleaner _cleaner;
    private readonly PlainTextExtractorOptions _options;

    public PlainTextExtractor(BoilerplateCleaner? cleaner = null, PlainTextExtractorOptions? options = null)
    {
        _cleaner = cleaner ?? new BoilerplateCleaner();
        _options = options ?? PlainTextExtractorOptions.Default;
    }

    /// <param name="content">The article text; lines separated by "\n" or "\r\n".</param>
    /// <param name="hints">Metadata from the container; a hint title wins over a headline line.</param>
    public PlainTextResult Extract(string content, DocumentHints hints)
    {
        ArgumentNullException.ThrowIfNull(content);
        ArgumentNullException.ThrowIfNull(hints);
        var (first, firstEnd, next) = FirstLines(content);
        string? title = null;
        var bodyStart = 0;
        if (!string.IsNullOrWhiteSpace(hints.Title))
        {
            title = hints.Title.Trim();
            if (first is not null && SameTitle(first, title))
            {
                // The body repeats the given title as its first line; keep it out of the text.
                bodyStart = firstEnd;
            }
        }
        else if (first is not null && LooksLikeHeadline(first, next, content, firstEnd))
        {
            title = first;
            bodyStart = firstEnd;
        }

        var cleaning = _cleaner.Clean(bodyStart == 0 ? content : content[bodyStart..]);
        return new PlainTextResult(title, TitleDerived: false, cleaning);
    }

    private bool LooksLikeHeadline(string line, string? next, string content, int lineEnd)
    {
        if (next is null || line.Length > _options.MaxTitleChars || !EndsLikeHeadline(line))
        {
            return false;
        }

        var words = line.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
        if (words.Length < _options.MinTitleWords || words.Length > _options.MaxTitleWords
            || TrailingStopWords.Contains(words[^1]) || !HasLetter(line))
        {
            return false;
        }

        if (IsWrappedContinuation(content, lineEnd, next) || _cleaner.IsBoilerplateLine(line))
        {
            return false;
        }

        return !HasSentenceBreak(line);
    }

    private static bool EndsLikeHeadline(string line) => line[^1] is not ('.' or ',' or ';' or ':' or '-' or '–' or '—');

    /// <summary>Hard-wrapped prose: the next line follows without a blank line and carries on in lowercase.</summary>
    private static bool IsWrappedContinuation(string content, int lineEnd, string next)
    {
        var afterBreak = content.AsSpan(Math.Min(content.Length, lineEnd + 1)).TrimStart(" \t\u00a0\r");
        var directlyFollows = afterBreak.Length > 0 && afterBreak[0] != '\n';
        return directlyFollows && char.IsLower(next[0]);
    }

    private static bool HasLetter(string line)
    {
        foreach (var c in line)
        {
            if (char.IsLetter(c))
            {
                return true;
            }
        }

        return false;
    }

    private static bool HasSentenceBreak(string line) => SentenceBreakRx.IsMatch(line);

    private static bool SameTitle(string line, string title) =>
        string.Equals(Normalize(line), Normalize(title), StringComparison.OrdinalIgnoreCase);

    private static string Normalize(string s) =>
        string.Join(' ', s.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)).TrimEnd('.', ' ');

    /// <summary>The first non-blank line (trimmed), the offset just past it (at its "\n"), and the next non-blank line.</summary>
    private static (string? First, int FirstEnd, string? Next) FirstLines(string content)
    {
        var pos = 0;
        string? first = null;
        var firstEnd = 0;
        while (pos <= content.Length)
        {
            var nl = content.IndexOf('\n', pos);
            var end = nl < 0 ? content.Length : nl;
            var line = content.AsSpan(pos, end - pos).Trim();
            if (line.Length > 0)
            {
                if (first is not null)
                {
                    return (first, firstEnd, line.ToString());
                }

                first = line.ToString();
                firstEnd = end;
            }

            if (nl < 0)
            {
                break;
            }

            pos = nl + 1;
        }

        return (first, firstEnd, null);
    }
}
