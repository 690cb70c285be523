using System.Text.RegularExpressions;
using Triangulate.Core.Annotations;
using Triangulate.Core.Model;

namespace Triangulate.Nlp.Quantities;

/// <summary>
/// Which of several shocks a magnitude or depth measures (docs/figures.md, "a quake among several"). A quake story
/// gives the main shock's magnitude beside its aftershocks' ("followed by a 5.2-magnitude aftershock", "aftershocks
/// ranging from 2.8 to 4.1") and sometimes a second quake's; read as one track, 6.1 against an aftershock's 5.2 looks
/// like a contradiction. The shock a figure measures is the shock noun it modifies ("a 5.2 aftershock"), else the
/// nearest one before it in its clause ("aftershocks of around 4.5"). An aftershock's figure takes the scope
/// <see cref="Aftershocks"/>, a second or later quake's <see cref="SecondQuake"/>; the main shock keeps its scope.
/// </summary>
internal static partial class ShockScope
{
    public const string Aftershocks = "aftershocks";
    public const string SecondQuake = "second quake";

    /// <summary>How far after the figure its own shock noun may stand: "a 5.2 - magnitude aftershock", "6.1 on the Richter scale quake".</summary>
    private const int MaxAfter = 40;

    [GeneratedRegex(@"\b(?i:(?<after>after)?shocks?|(?<second>(?:second|another|later|new|subsequent)\s+(?:[a-z]+\s+){0,2}?)?(?:earth)?quakes?|(?<second>(?:second|another|later|new|subsequent)\s+(?:[a-z]+\s+){0,2}?)?(?:temblor|tremor)s?)\b")]
    private static partial Regex ShockNoun();

    [GeneratedRegex(@"[,;:()\u2014]|\b(?i:and|but|while|which|that|when|after|before)\b")]
    private static partial Regex ClauseBreak();

    /// <returns>The scope, or null when the figure measures the main shock or is not a magnitude or depth.</returns>
    public static string? Find(string text, TextSpan sentence, QuantityAnnotation q)
    {
        if (q.Counted is not (CountedKeys.Magnitude or CountedKeys.Depth) || q.Span.Start < sentence.Start || q.Span.End > sentence.End)
        {
            return null;
        }

        // The shock noun the figure modifies: in its span ("a 5.2-magnitude aftershock") or right after it, before any
        // clause break.
        var afterEnd = Math.Min(sentence.End, q.Span.End + MaxAfter);
        var after = text.Substring(q.Span.Start, afterEnd - q.Span.Start);
        var breakAfter = ClauseBreak().Match(after);
        var own = ShockNoun().Match(breakAfter.Success ? after[..breakAfter.Index] : after);
        if (own.Success)
        {
            return ScopeOf(own);
        }

        // Else the nearest shock noun before it in its clause.
        var before = text.Substring(sentence.Start, q.Span.Start - sentence.Start);
        Match? nearest = null;
        foreach (Match m in ShockNoun().Matches(before))
        {
            nearest = m;
        }

        if (nearest is null || ClauseBreak().IsMatch(before.AsSpan(nearest.Index + nearest.Length)))
        {
            return null;
        }

        return ScopeOf(nearest);
    }

    private static string? ScopeOf(Match shock) =>
        shock.Groups["after"].Success ? Aftershocks : shock.Groups["second"].Success ? SecondQuake : null;
}
