using System.Text;
using Triangulate.Core.Model;

namespace Triangulate.Extraction.Cleaning;

/// <summary>
/// Removes boilerplate (copyright, promos, photo credits and captions, credit lines, end marks, share and
/// cookie text) from an article's text line by line, and lifts the byline, dateline and credited sources
/// into metadata. Rules match whole short lines only, so story sentences are never cut. Thread-safe.
/// </summary>
public sealed class BoilerplateCleaner
{
    private readonly BoilerplateCleanerOptions _options;

    public BoilerplateCleaner(BoilerplateCleanerOptions? options = null)
    {
        _options = options ?? BoilerplateCleanerOptions.Default;
    }

    /// <summary>Cleans <paramref name="text"/> (lines separated by "\n" or "\r\n"). Never throws on any input.</summary>
    public CleaningResult Clean(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var lines = LineTable.Split(text);
        var state = new CleaningState();
        var verdicts = new string?[lines.Count];
        var firstBody = MarkTopLines(text, lines, verdicts, state);
        MarkRuleLines(text, lines, verdicts, state);
        var prefix = MarkDateline(text, lines, verdicts, firstBody, state);
        return new CleaningResult(
            Assemble(text, lines, verdicts, prefix, state),
            state.Removed.Count == 0 ? [] : Ordered(state.Removed),
            state.Byline,
            state.Dateline,
            state.Date is DateOnly d ? new DateTimeOffset(d.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero) : null,
            state.Credited.Count == 0 ? [] : state.Credited.ToArray(),
            state.CopyrightHolder);
    }

    /// <summary>True when a single line would be removed as boilerplate or top matter (used to keep such a line
    /// from being taken for a headline).</summary>
    internal bool IsBoilerplateLine(string line)
    {
        var trimmed = line.Trim();
        if (trimmed.Length == 0 || trimmed.Length > _options.MaxRuleLineChars)
        {
            return false;
        }

        string? holder = null;
        return LineRules.Classify(trimmed, [], ref holder).Kind is not null
            || TopMatter.TryByline(trimmed, out _, out _)
            || DateTokens.TryTimestampLine(trimmed, out _);
    }

    /// <summary>Bylines and time stamp lines among the first lines. Returns the index of the first other line.</summary>
    private int MarkTopLines(string text, LineTable lines, string?[] verdicts, CleaningState state)
    {
        var seen = 0;
        for (var i = 0; i < lines.Count && seen < _options.MaxTopLines; i++)
        {
            var line = lines.Trimmed(text, i);
            if (line.Length == 0)
            {
                continue;
            }

            seen++;
            if (state.Byline is null && line.Length <= _options.MaxRuleLineChars && TopMatter.TryByline(line, out var byline, out var agency))
            {
                state.Byline = byline;
                AddCredited(state, agency);
                Remove(verdicts, i, RemovedKinds.Byline, line, state);
            }
            else if (state.Dateline is null && DateTokens.TryTimestampLine(line, out var date))
            {
                state.Dateline = line;
                state.Date = date;
                Remove(verdicts, i, RemovedKinds.Dateline, line, state);
            }
            else
            {
                return i;
            }
        }

        return -1;
    }

    private void MarkRuleLines(string text, LineTable lines, string?[] verdicts, CleaningState state)
    {
        var previous = -1;
        for (var i = 0; i < lines.Count; i++)
        {
            if (verdicts[i] is not null || lines.TrimmedLength(text, i) is 0)
            {
                continue;
            }

            if (lines.TrimmedLength(text, i) > _options.MaxRuleLineChars)
            {
                previous = i;
                continue;
            }

            var line = lines.Trimmed(text, i);
            var verdict = LineRules.Classify(line, state.Credited, ref state.CopyrightHolder);
            if (verdict.Kind is null)
            {
                previous = i;
                continue;
            }

            Remove(verdicts, i, verdict.Kind, line, state);
            if (verdict.BarePhotoCredit && _options.RemoveCaptions && previous >= 0 && IsCaption(text, lines, previous))
            {
                Remove(verdicts, previous, RemovedKinds.Caption, lines.Trimmed(text, previous), state);
                previous = -1;
            }
        }
    }

    private bool IsCaption(string text, LineTable lines, int index) =>
        lines.TrimmedLength(text, index) <= _options.MaxCaptionChars;

    /// <summary>A dateline opening the first body line ("WASHINGTON (Reuters) - ..."). Returns how many characters
    /// of that line it takes, or 0; the rest of the line stays as the lead.</summary>
    private int MarkDateline(string text, LineTable lines, string?[] verdicts, int firstBody, CleaningState state)
    {
        var index = FirstKept(text, lines, verdicts, firstBody < 0 ? 0 : firstBody);
        if (index < 0 || state.Dateline is not null)
        {
            return 0;
        }

        var line = lines.Trimmed(text, index);
        if (!TopMatter.TryInlineDateline(line, out var length, out var agency, out var date))
        {
            return 0;
        }

        var dateline = line[..length].TrimEnd();
        state.Dateline = dateline;
        state.Date = date;
        state.DatelineLine = index;
        AddCredited(state, agency);
        state.Removed.Add((index, new RemovedText(RemovedKinds.Dateline, dateline)));
        return lines.LeadingWhitespace(text, index) + length;
    }

    private static int FirstKept(string text, LineTable lines, string?[] verdicts, int from)
    {
        for (var i = from; i < lines.Count; i++)
        {
            if (verdicts[i] is null && lines.TrimmedLength(text, i) > 0)
            {
                return i;
            }
        }

        return -1;
    }

    private static string Assemble(string text, LineTable lines, string?[] verdicts, int prefix, CleaningState state)
    {
        var sb = new StringBuilder(text.Length);
        var pendingBlank = false;
        for (var i = 0; i < lines.Count; i++)
        {
            if (verdicts[i] is not null)
            {
                continue;
            }

            var span = lines.Span(text, i);
            if (i == state.DatelineLine)
            {
                span = span[prefix..].TrimStart();
            }

            span = span.TrimEnd();
            if (span.IsWhiteSpace())
            {
                pendingBlank = sb.Length > 0;
                continue;
            }

            if (sb.Length > 0)
            {
                sb.Append(pendingBlank ? "\n\n" : "\n");
            }

            sb.Append(span);
            pendingBlank = false;
        }

        return sb.ToString();
    }

    private static void Remove(string?[] verdicts, int index, string kind, string line, CleaningState state)
    {
        verdicts[index] = kind;
        state.Removed.Add((index, new RemovedText(kind, line)));
    }

    private static void AddCredited(CleaningState state, string? name)
    {
        if (!string.IsNullOrWhiteSpace(name))
        {
            NameLists.AddDistinct(state.Credited, name);
        }
    }

    private static RemovedText[] Ordered(List<(int Line, RemovedText Item)> removed)
    {
        removed.Sort(static (a, b) => a.Line.CompareTo(b.Line));
        var result = new RemovedText[removed.Count];
        for (var i = 0; i < result.Length; i++)
        {
            result[i] = removed[i].Item;
        }

        return result;
    }
}
