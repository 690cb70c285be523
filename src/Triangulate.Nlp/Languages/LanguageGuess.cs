namespace Triangulate.Nlp.Languages;

/// <summary>An article's language: an ISO 639-1 code, or "und" with the <paramref name="Reason"/> it could not be told.</summary>
public readonly record struct LanguageGuess(string Code, string? Reason = null)
{
    public const string Undetermined = "und";

    public static LanguageGuess Unknown(string reason) => new(Undetermined, reason);

    public bool IsKnown => Code != Undetermined;
}
