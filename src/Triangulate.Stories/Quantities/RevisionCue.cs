using System.Text.RegularExpressions;

namespace Triangulate.Stories.Quantities;

/// <summary>Wording with which a report revises an earlier figure ("has risen to 16, up from the 14").</summary>
public static class RevisionCue
{
    private static readonly Regex Cue = new(
        @"\b(ris(?:en|es|e)|rose|climb(?:ed|s)?|increased|grew|revised|updated|up from|down from|now stands|has reached|fell|dropped)\b",
        RegexOptions.CultureInvariant | RegexOptions.IgnoreCase);

    private static readonly Regex OldReference = new(@"\b(up|down)?\s*from\s+(the\s+)?$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase);

    /// <summary>How many characters before a figure <see cref="IsOldValue"/> needs: "down from the" with room for
    /// odd spacing.</summary>
    public const int OldValueWindow = 64;

    /// <summary>A market's closing figure, which supersedes the figures of the trading day ("closed down 3.9 percent").</summary>
    private static readonly Regex Closing = new(@"\b(closed|ended|finished)\s+(down|up|at|lower|higher)\b", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase);

    /// <summary>True when <paramref name="sentence"/> presents a figure as a revision.</summary>
    public static bool Revises(string sentence) => Cue.IsMatch(sentence);

    /// <summary>True when <paramref name="sentence"/> presents a figure of <paramref name="counted"/> as a revision. A
    /// percentage of change is stated with "rose" or "fell" whether or not it revises anything, so only a closing figure
    /// revises one.</summary>
    public static bool Revises(string sentence, string counted) =>
        counted == Core.Annotations.CountedKeys.Percent ? Closing.IsMatch(sentence) : Cue.IsMatch(sentence);

    /// <summary>True when the text just before a figure marks it as the old value being revised ("up from the 14").</summary>
    public static bool IsOldValue(string textBefore) => OldReference.IsMatch(textBefore);
}
