namespace Triangulate.Core.Pipeline;

/// <summary>The language scopes stages declare (<see cref="ILanguageScoped.Languages"/>), written once.</summary>
public static class StageLanguages
{
    /// <summary>English only: the stage's rules, lists or trained model are English (docs/languages.md).</summary>
    public static IReadOnlyList<string> English { get; } = ["en"];
}
