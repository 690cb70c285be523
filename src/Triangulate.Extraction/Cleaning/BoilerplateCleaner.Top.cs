using Triangulate.Core.Model;

namespace Triangulate.Extraction.Cleaning;

/// <summary>The top of the text: byline, agency line, time stamp and dateline, lifted into metadata.</summary>
public sealed partial class BoilerplateCleaner
{
    /// <summary>
    /// Bylines, agency lines and time stamp lines among the first lines. Scanning goes past other short lines
    /// (section labels, a standfirst) but stops at the first paragraph, where the story has begun. Returns the
    /// index of the first line that is not top matter, or -1. On a copied page the furniture lines above the story
    /// do not count: a byline among them is still top matter, anything else is left to the furniture filter.
    /// </summary>
    private int MarkTopLines(string text, LineTable lines, string?[] verdicts, bool[]? furniture, CleaningState state)
    {
        var seen = 0;
        var firstOther = -1;
        for (var i = 0; i < lines.Count && seen < _options.MaxTopLines; i++)
        {
            var length = lines.TrimmedLength(text, i);
            if (length == 0)
            {
                continue;
            }

            if (furniture is not null && furniture[i])
            {
                if (length <= MaxTopMatterChars)
                {
                    MarkTopLine(lines.Trimmed(text, i), i, verdicts, state);
                }

                continue;
            }

            seen++;
            if (length > MaxTopMatterChars || !MarkTopLine(lines.Trimmed(text, i), i, verdicts, state))
            {
                firstOther = firstOther < 0 ? i : firstOther;
                if (length > MaxTopMatterChars)
                {
                    break;
                }
            }
        }

        return firstOther;
    }

    private static bool MarkTopLine(string line, int index, string?[] verdicts, CleaningState state)
    {
        if (state.Byline is null && TopMatter.TryByline(line, out var byline, out var agency))
        {
            state.Byline = byline;
            AddCredited(state, agency);
            Remove(verdicts, index, RemovedKinds.Byline, line, state);
            return true;
        }

        if (TopMatter.IsAgencyLine(line))
        {
            // "The Associated Press" under a byline: the agency is the source.
            AddCredited(state, line.TrimEnd('.'));
            Remove(verdicts, index, RemovedKinds.Byline, line, state);
            return true;
        }

        if (DateTokens.TryTimestampLine(line, out var date))
        {
            state.Dateline ??= line;
            state.Date ??= date;
            Remove(verdicts, index, RemovedKinds.Dateline, line, state);
            return true;
        }

        return false;
    }

    /// <summary>A dateline opening one of the first body lines ("WASHINGTON (Reuters) - ..."), past a section label
    /// or standfirst. Returns how many characters of that line it takes, or 0; the rest of the line stays.</summary>
    private int MarkDateline(string text, LineTable lines, string?[] verdicts, int firstBody, CleaningState state)
    {
        if (state.Dateline is not null)
        {
            return 0;
        }

        var index = firstBody < 0 ? 0 : firstBody;
        for (var tried = 0; tried < MaxDatelineLines; tried++, index++)
        {
            index = FirstKept(text, lines, verdicts, index);
            if (index < 0)
            {
                return 0;
            }

            var line = lines.Trimmed(text, index);
            if (TopMatter.TryInlineDateline(line, out var length, out var agency, out var date))
            {
                var dateline = line[..length].TrimEnd();
                state.Dateline = dateline;
                state.Date = date;
                state.DatelineLine = index;
                AddCredited(state, agency);
                state.Removed.Add((index, new RemovedText(RemovedKinds.Dateline, dateline)));
                return lines.LeadingWhitespace(text, index) + length;
            }

            if (line.Length > MaxTopMatterChars)
            {
                // This paragraph is the lead and has no dateline; later lines are story.
                return 0;
            }
        }

        return 0;
    }
}
