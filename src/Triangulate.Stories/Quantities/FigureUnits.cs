using System.Collections.Frozen;

namespace Triangulate.Stories.Quantities;

/// <summary>
/// Lengths in the units news gives them, so that one depth or distance stated in two units ("10 km (6 miles)", "85
/// miles" in one outlet and "135 km" in another) is compared as one figure rather than read as a disagreement.
/// </summary>
internal static class FigureUnits
{
    private static readonly FrozenDictionary<string, double> Kilometres = new Dictionary<string, double>(StringComparer.OrdinalIgnoreCase)
    {
        ["km"] = 1,
        ["kilometre"] = 1,
        ["kilometres"] = 1,
        ["kilometer"] = 1,
        ["kilometers"] = 1,
        ["mile"] = 1.609344,
        ["miles"] = 1.609344,
        ["m"] = 0.001,
        ["metre"] = 0.001,
        ["metres"] = 0.001,
        ["meter"] = 0.001,
        ["meters"] = 0.001,
        ["feet"] = 0.0003048,
        ["foot"] = 0.0003048,
        ["ft"] = 0.0003048,
        ["yard"] = 0.0009144,
        ["yards"] = 0.0009144,
    }.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);

    /// <summary>True when both units are one unit (spelled either way) or neither figure has a length unit.</summary>
    public static bool Same(string? a, string? b)
    {
        if (Kilometres.TryGetValue(a ?? "", out var x) && Kilometres.TryGetValue(b ?? "", out var y))
        {
            return x == y;
        }

        return !Kilometres.ContainsKey(a ?? "") && !Kilometres.ContainsKey(b ?? "");
    }

    /// <summary>True when both are length units, so their values can be compared in kilometres.</summary>
    public static bool Convertible(string? a, string? b) => Kilometres.ContainsKey(a ?? "") && Kilometres.ContainsKey(b ?? "");

    public static double ToBase(double value, string? unit) => Kilometres.TryGetValue(unit ?? "", out var factor) ? value * factor : value;
}
