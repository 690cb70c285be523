using Triangulate.Core.Annotations;
using Triangulate.Core.Model;
using Triangulate.Core.Pipeline;

namespace Triangulate.Nlp.Entities;

/// <summary>Adds <see cref="Layers.Entities"/> with <see cref="NerTagger"/> (default: the embedded model), plus the
/// outlets it missed where the text has them report (<see cref="OutletMentions"/>).</summary>
public sealed class EntityStage : IArticleStage, ILanguageScoped
{
    private readonly Lazy<NerTagger> _tagger;

    public EntityStage(NerTagger? tagger = null) =>
        _tagger = tagger is null ? new Lazy<NerTagger>(() => NerTagger.Default) : new Lazy<NerTagger>(tagger);

    public string Name => "entities";
    public string Version => "1.3";
    public IReadOnlyList<string> Languages => StageLanguages.English;
    public IReadOnlyList<string> Requires { get; } = [Layers.Tokens.Name, Layers.Sentences.Name];
    public IReadOnlyList<string> Produces { get; } = [Layers.Entities.Name];

    public void Process(Article article, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(article);
        var tokens = article.Annotations.Get(Layers.Tokens);
        var sentences = article.Annotations.Get(Layers.Sentences);
        var mentions = _tagger.Value.Tag(article.Text, AnnotationSpans.Of(tokens), AnnotationSpans.Of(sentences), cancellationToken)
            .Where(m => !NotNames.Contains(article.Text.Substring(m.Span.Start, m.Span.Length)))
            .Select(m => IsStreet(article.Text, m) ? m with { Type = EntityTypes.Location } : m).ToList();
        article.Annotations.Set(Layers.Entities, OutletMentions.Add(article.Text, tokens, mentions, _tagger.Value.Clusters));
    }

    /// <summary>
    /// Street-type words that end an address and never a person's name. The tagger read "S. Orange Ave." and
    /// "N. Mills Ave." as people (local coverage of a shooting, found by running it), and a person there is a
    /// candidate speaker for the next "he said". Words that are also surnames (Lane, Court, Drive, Way) are left out.
    /// </summary>
    private static readonly HashSet<string> StreetEnds = new(StringComparer.OrdinalIgnoreCase)
    {
        "Ave", "Ave.", "Avenue", "Street", "Blvd", "Blvd.", "Boulevard", "Rd", "Rd.", "Road", "Hwy", "Highway", "Pkwy", "Parkway",
    };

    private static bool IsStreet(string text, EntityMention m)
    {
        if (m.Type != EntityTypes.Person)
        {
            return false;
        }

        // With or without the abbreviation's full stop: the tagger may stop before it ("Orange Ave" + ".").
        var span = text.AsSpan(m.Span.Start, m.Span.Length).TrimEnd();
        return StreetEnds.Contains(span[(span.LastIndexOf(' ') + 1)..].ToString());
    }

    /// <summary>
    /// Words that open sentences with a capital but never name anything on their own. The tagger learnt
    /// capitalisation from newswire and now and then reads "Moreover," as a person, who then speaks the
    /// next quote whose "he" has no better antecedent.
    /// </summary>
    internal static readonly HashSet<string> NotNames = new(StringComparer.OrdinalIgnoreCase)
    {
        "moreover", "however", "meanwhile", "furthermore", "nevertheless", "nonetheless", "additionally", "consequently",
        "therefore", "thus", "hence", "instead", "indeed", "besides", "likewise", "similarly", "otherwise", "accordingly",
        "subsequently", "finally", "overall", "notably", "separately", "elsewhere", "still", "yet", "also", "earlier",
        "later", "today", "yesterday", "tomorrow", "tonight", "here", "there", "now", "then", "although", "though",
    };
}
