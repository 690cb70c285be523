using System.Collections.Frozen;

namespace Triangulate.Core.Text;

/// <summary>
/// The nouns that name something that happens at a time in coverage of disasters, accidents and attacks: what a
/// figure's earlier event is ("a 6.1 quake in September killed six", Nlp/Quantities/OtherEventScope) and what a date
/// right after a preposition's object dates ("suspended exports due to an earthquake last night", Stories/Timeline).
/// Deliberately short: a noun missing here leaves a figure the story's own and a date with the clause's verb.
/// </summary>
public static class EventNouns
{
    /// <summary>The nouns, singular, as a regular-expression alternation (patterns add their own "s?").</summary>
    public const string Pattern =
        "quake|earthquake|temblor|tremor|aftershock|tsunami|eruption|landslide|mudslide|avalanche|flood|flooding|storm|cyclone|"
        + "hurricane|typhoon|tornado|blizzard|wildfire|fire|blaze|explosion|blast|collapse|crash|collision|derailment|accident|"
        + "disaster|sinking|capsizing|shipwreck|shooting|attack|bombing|massacre|battle|raid|clash|riot";

    private static readonly FrozenSet<string> Words = Pattern.Split('|')
        .SelectMany(static w => new[] { w, w + "s", w + "es" })
        .ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>Whether <paramref name="word"/> is one of the nouns, singular or plural.</summary>
    public static bool Contains(string word) => Words.Contains(word);
}
