using System.Text.RegularExpressions;

namespace Triangulate.Stories.Relays;

/// <summary>One relay phrasing: its regex, where the name stands, the kind it implies (null: from the cue) and
/// literals one of which the text must hold for the regex to be worth running.</summary>
internal sealed record RelayPattern(Regex Regex, bool NameFirst, string? Kind, string[] Keys);
