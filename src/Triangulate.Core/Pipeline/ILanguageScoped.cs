namespace Triangulate.Core.Pipeline;

/// <summary>
/// A stage whose rules or model read only some languages (the English-trained tagger, English speech verbs and
/// month names). In a pipeline that identifies languages (<see cref="Pipeline.IdentifiesLanguage"/>) it is
/// skipped on an article identified as another language, with diagnostic TRI4003, rather than producing garbage.
/// Articles whose language could not be told ("und") still go through it.
/// </summary>
public interface ILanguageScoped
{
    /// <summary>ISO 639-1 codes of the languages the stage reads ("en").</summary>
    IReadOnlyList<string> Languages { get; }
}
