namespace Triangulate.Core.Annotations;

/// <summary>The annotation layers stages produce. Names appear in diagnostics and in stage declarations.</summary>
public static class Layers
{
    /// <summary>Pseudo-layer: the cleaned text itself, produced by extraction.</summary>
    public const string Text = "text";

    /// <summary>Pseudo-layer: the article's language, identified from its text into
    /// <see cref="Model.ArticleMetadata.Language"/>. A pipeline with a stage that produces it keeps
    /// <see cref="Pipeline.ILanguageScoped"/> stages off articles in other languages.</summary>
    public const string Language = "language";

    public static readonly LayerKey<Token> Tokens = new("tokens");
    public static readonly LayerKey<Sentence> Sentences = new("sentences");

    /// <summary>Penn Treebank tags, one per token, in token order, for the tokens of the sentences that hold a
    /// temporal expression (what the timeline reads); other tokens carry none.</summary>
    public static readonly LayerKey<PartOfSpeech> PartsOfSpeech = new("pos");
    public static readonly LayerKey<EntityMention> Entities = new("entities");
    public static readonly LayerKey<QuoteAnnotation> Quotes = new("quotes");
    public static readonly LayerKey<QuantityAnnotation> Quantities = new("quantities");
    public static readonly LayerKey<TimeExpression> Dates = new("dates");
}
