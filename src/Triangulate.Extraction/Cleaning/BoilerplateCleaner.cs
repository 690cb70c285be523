using Triangulate.Core.Model;
using Triangulate.Extraction.Cleaning.Furniture;

namespace Triangulate.Extraction.Cleaning;

/// <summary>
/// Removes boilerplate (copyright, promos, photo credits and captions, credit lines, end marks, share and
/// cookie text) from an article's text line by line, and lifts the byline, dateline and credited sources
/// into metadata. Rules match whole short lines only, so story sentences are never cut. Thread-safe.
/// </summary>
public sealed partial class BoilerplateCleaner
{
    /// <summary>Top matter is a line of a few words; anything longer is the story's first paragraph.</summary>
    private const int MaxTopMatterChars = 160;

    /// <summary>How many body lines from the top may open with a dateline (a label and a standfirst may come first).</summary>
    private const int MaxDatelineLines = 3;

    private readonly BoilerplateCleanerOptions _options;
    private readonly FurnitureModel? _furniture;

    public BoilerplateCleaner(BoilerplateCleanerOptions? options = null)
        : this(options, null)
    {
    }

    /// <summary>A cleaner with another furniture model than the embedded one (training and evaluation tools).</summary>
    internal BoilerplateCleaner(BoilerplateCleanerOptions? options, FurnitureModel? furniture)
    {
        _options = options ?? BoilerplateCleanerOptions.Default;
        _furniture = _options.RemovePageFurniture ? furniture ?? FurnitureModel.Default : null;
    }

    /// <summary>Cleans <paramref name="text"/> (lines separated by "\n" or "\r\n"). Never throws on any input.</summary>
    public CleaningResult Clean(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var lines = LineTable.Split(text);
        var state = new CleaningState();
        var verdicts = new string?[lines.Count];
        var furniture = _furniture is null ? null : FurnitureFilter.Find(text, lines, _furniture);
        var firstBody = MarkTopLines(text, lines, verdicts, furniture, state);
        MarkRuleLines(text, lines, verdicts, state);
        MarkFurniture(text, lines, verdicts, furniture, state);
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

    /// <summary>How sure the furniture gate is that <paramref name="text"/> is a copied page (0 when the filter is off).</summary>
    internal double GateProbability(string text) =>
        _furniture is null ? 0 : _furniture.Gate.Probability(Furniture.LineShapes.Read(text, LineTable.Split(text)));

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
            || TopMatter.IsAgencyLine(trimmed)
            || DateTokens.TryTimestampLine(trimmed, out _);
    }

    private void MarkRuleLines(string text, LineTable lines, string?[] verdicts, CleaningState state)
    {
        List<int>? bareCredits = null;
        for (var i = 0; i < lines.Count; i++)
        {
            var length = lines.TrimmedLength(text, i);
            if (verdicts[i] is not null || length == 0 || length > _options.MaxRuleLineChars)
            {
                continue;
            }

            var line = lines.Trimmed(text, i);
            var verdict = LineRules.Classify(line, state.Credited, ref state.CopyrightHolder);
            if (verdict.Kind is null)
            {
                continue;
            }

            Remove(verdicts, i, verdict.Kind, line, state);
            if (verdict.BarePhotoCredit)
            {
                (bareCredits ??= []).Add(i);
            }
        }

        if (bareCredits is not null && _options.RemoveCaptions)
        {
            MarkCaptions(text, lines, verdicts, state, bareCredits);
        }
    }

    /// <summary>
    /// The line right before a bare photo credit is its caption when the two stand as a block of their own
    /// (blank or removed lines around them) and the story goes on after. Where every paragraph is one line with
    /// no blank lines between, a caption cannot be told from a short paragraph, so nothing is taken. A credit at
    /// the very end, or one for the main image, has no caption before it.
    /// </summary>
    private void MarkCaptions(string text, LineTable lines, string?[] verdicts, CleaningState state, List<int> bareCredits)
    {
        foreach (var credit in bareCredits)
        {
            var caption = credit - 1;
            if (caption < 0 || !IsKeptText(text, lines, verdicts, caption) || lines.TrimmedLength(text, caption) > _options.MaxCaptionChars
                || (caption > 0 && IsKeptText(text, lines, verdicts, caption - 1))
                || (credit + 1 < lines.Count && IsKeptText(text, lines, verdicts, credit + 1))
                || !HasKeptTextAfter(text, lines, verdicts, credit) || LineRules.IsLeadImageCredit(lines.Trimmed(text, credit)))
            {
                continue;
            }

            var line = lines.Trimmed(text, caption);
            if (!LineRules.IsNote(line))
            {
                Remove(verdicts, caption, RemovedKinds.Caption, line, state);
            }
        }
    }

    /// <summary>Furniture lines that no rule has named are removed as boilerplate.</summary>
    private static void MarkFurniture(string text, LineTable lines, string?[] verdicts, bool[]? furniture, CleaningState state)
    {
        if (furniture is null)
        {
            return;
        }

        for (var i = 0; i < lines.Count; i++)
        {
            if (furniture[i] && verdicts[i] is null && lines.TrimmedLength(text, i) > 0)
            {
                Remove(verdicts, i, RemovedKinds.Boilerplate, lines.Trimmed(text, i), state);
            }
        }
    }

    private static bool IsKeptText(string text, LineTable lines, string?[] verdicts, int index) =>
        verdicts[index] is null && lines.TrimmedLength(text, index) > 0;

    private static bool HasKeptTextAfter(string text, LineTable lines, string?[] verdicts, int index)
    {
        for (var i = index + 1; i < lines.Count; i++)
        {
            if (verdicts[i] is null && lines.TrimmedLength(text, i) > 0)
            {
                return true;
            }
        }

        return false;
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
        var joined = new LineJoiner(text.Length);
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

            joined.Add(span.TrimEnd());
        }

        return joined.ToString();
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
