using Triangulate.Core.Annotations;
using Triangulate.Core.Model;
using Triangulate.Stories.Entities;

namespace Triangulate.Stories.Tests.Entities;

public class EntityCanonicalizerTests
{
    /// <summary>An article whose entity layer marks each (surface, type) at its next occurrence, with simple tokens and one sentence per line.</summary>
    internal static Article Article(string id, string text, params (string Surface, string Type)[] entities) =>
        Annotate(new Article(id, new ArticleSource(id), new ArticleMetadata(), text), entities);

    /// <summary>Sets the entity, token and sentence layers of <paramref name="article"/> as <see cref="Article"/> does.</summary>
    internal static Article Annotate(Article article, params (string Surface, string Type)[] entities)
    {
        var text = article.Text;
        var mentions = new List<EntityMention>();
        var from = 0;
        foreach (var (surface, type) in entities)
        {
            var at = text.IndexOf(surface, from, StringComparison.Ordinal);
            Assert.True(at >= 0, $"'{surface}' not found after {from}");
            mentions.Add(new EntityMention(new TextSpan(at, surface.Length), type));
            from = at + surface.Length;
        }

        article.Annotations.Set(Layers.Entities, mentions);
        article.Annotations.Set(Layers.Tokens, SimpleTokens(text).Select(s => new Token(s)));
        article.Annotations.Set(Layers.Sentences, SimpleSentences(text).Select(s => new Sentence(s)));
        return article;
    }

    private static IEnumerable<TextSpan> SimpleTokens(string text)
    {
        var i = 0;
        while (i < text.Length)
        {
            if (char.IsWhiteSpace(text[i]))
            {
                i++;
                continue;
            }

            var start = i;
            if (text[i] is '\'' or '\u2019' && i + 1 < text.Length && text[i + 1] == 's')
            {
                i += 2;
            }
            else if (char.IsLetterOrDigit(text[i]))
            {
                while (i < text.Length && (char.IsLetterOrDigit(text[i]) || text[i] == '-' || (text[i] == '.' && i + 1 < text.Length && char.IsLetter(text[i + 1]))))
                {
                    i++;
                }
            }
            else
            {
                i++;
            }

            yield return TextSpan.FromBounds(start, i);
        }
    }

    private static IEnumerable<TextSpan> SimpleSentences(string text)
    {
        var start = 0;
        foreach (var line in text.Split('\n'))
        {
            if (line.Trim().Length > 0)
            {
                var lead = line.Length - line.TrimStart().Length;
                yield return new TextSpan(start + lead, line.Trim().Length);
            }

            start += line.Length + 1;
        }
    }

    private static readonly EntityCanonicalizer Canonicalizer = new();

    [Fact]
    public void Canonicalize_DiacriticAndTitleVariants_MergeIntoOneEntity()
    {
        var a = Article("a", "Nicolás Maduro spoke. President Maduro left.", ("Nicolás Maduro", "PERSON"), ("President Maduro", "PERSON"));
        var b = Article("b", "Nicolas Maduro said so. Maduro denied it.", ("Nicolas Maduro", "PERSON"), ("Maduro", "PERSON"));
        var entities = Canonicalizer.Canonicalize([a, b]);
        var maduro = Assert.Single(entities);
        Assert.Equal("Nicolás Maduro", maduro.Name);
        Assert.Equal("PERSON", maduro.Type);
        Assert.Equal(4, maduro.Mentions.Count);
        Assert.Contains("Nicolas Maduro", maduro.Aliases);
        Assert.Contains("Maduro", maduro.Aliases);
        Assert.Contains(maduro.Mentions, m => m.Text == "Maduro" && m.ArticleId == "a"); // title trimmed from the span
    }

    [Fact]
    public void Canonicalize_SharedSurname_KeepsPeopleApartAndResolvesWithinArticle()
    {
        var a = Article("a", "Donald Trump met Eric Trump. Later Donald Trump left.", ("Donald Trump", "PERSON"), ("Eric Trump", "PERSON"), ("Donald Trump", "PERSON"));
        var b = Article("b", "Eric Trump spoke first. Trump said more.", ("Eric Trump", "PERSON"), ("Trump", "PERSON"));
        var entities = Canonicalizer.Canonicalize([a, b]);
        Assert.Equal(2, entities.Count);
        var eric = entities.Single(e => e.Name == "Eric Trump");
        Assert.Equal(3, eric.Mentions.Count); // the bare "Trump" in b resolves to the only Trump that b names
        Assert.Equal(2, entities.Single(e => e.Name == "Donald Trump").Mentions.Count);
    }

    [Fact]
    public void Canonicalize_AmbiguousSurnameWithNoFullNameInArticle_StaysUnresolved()
    {
        var a = Article("a", "Donald Trump met Eric Trump.", ("Donald Trump", "PERSON"), ("Eric Trump", "PERSON"));
        var b = Article("b", "Trump spoke.", ("Trump", "PERSON"));
        var entities = Canonicalizer.Canonicalize([a, b]);
        Assert.Equal(3, entities.Count);
        Assert.Contains(entities, e => e.Name == "Trump");
    }

    [Fact]
    public void Canonicalize_Acronym_LinksToExpansion()
    {
        var a = Article("a", "He spoke at the Conservative Political Action Conference (CPAC) in Lisbon. CPAC ended.",
            ("Conservative Political Action Conference", "ORG"), ("CPAC", "ORG"), ("Lisbon", "LOCATION"), ("CPAC", "ORG"));
        var entities = Canonicalizer.Canonicalize([a]);
        var cpac = entities.Single(e => e.Name == "Conservative Political Action Conference");
        Assert.Equal(3, cpac.Mentions.Count);
        Assert.Contains("CPAC", cpac.Aliases);
        Assert.Equal("LOCATION", entities.Single(e => e.Name == "Lisbon").Type);
    }

    [Fact]
    public void Canonicalize_TypeByVote_MajorityWins()
    {
        var a = Article("a", "Semafor reported. Semafor said. Semafor added.", ("Semafor", "ORG"), ("Semafor", "ORG"), ("Semafor", "PERSON"));
        var entity = Assert.Single(Canonicalizer.Canonicalize([a]));
        Assert.Equal("ORG", entity.Type);
    }

    [Fact]
    public void Canonicalize_Descriptors_PremodifierAndAppositiveWithSpans()
    {
        var text = "Venezuela's authoritarian President Nicolás Maduro wrote.\nIt went to Richard Grenell, whom Washington considers a hawk, on Friday.";
        var a = Article("a", text, ("Venezuela", "LOCATION"), ("Nicolás Maduro", "PERSON"), ("Richard Grenell", "PERSON"), ("Washington", "LOCATION"));
        var entities = Canonicalizer.Canonicalize([a]);
        var maduro = entities.Single(e => e.Name == "Nicolás Maduro");
        var pre = Assert.Single(maduro.Descriptors);
        Assert.Equal("Venezuela's authoritarian President", pre.Text);
        Assert.Equal(pre.Text, text.Substring(pre.Start, pre.Length));
        var grenell = entities.Single(e => e.Name == "Richard Grenell");
        Assert.Equal("whom Washington considers a hawk", Assert.Single(grenell.Descriptors).Text);
    }

    [Fact]
    public void Canonicalize_NoDescriptorForPlainVerbContext()
    {
        var a = Article("a", "Officials told Maduro nothing.", ("Maduro", "PERSON"));
        Assert.Empty(Assert.Single(Canonicalizer.Canonicalize([a])).Descriptors);
    }

    [Fact]
    public void Canonicalize_NoArticlesOrNoEntities_ReturnsEmpty()
    {
        Assert.Empty(Canonicalizer.Canonicalize([]));
        Assert.Empty(Canonicalizer.Canonicalize([Article("a", "nothing here.")]));
    }

    [Fact]
    public void Canonicalize_MentionSpans_PointAtTheirText()
    {
        var a = Article("a", "Mr. Grenell and Richard Grenell met.", ("Mr. Grenell", "PERSON"), ("Richard Grenell", "PERSON"));
        var e = Assert.Single(Canonicalizer.Canonicalize([a]));
        foreach (var m in e.Mentions)
        {
            Assert.Equal(m.Text, a.Text.Substring(m.Start, m.Length));
        }
    }
}

public class DescriptorRejectionTests
{
    [Fact]
    public void Canonicalize_ParentheticalSaid_IsNotADescriptor()
    {
        var a = EntityCanonicalizerTests.Article("a", "Donald Trump, the people said, was angry.", ("Donald Trump", "PERSON"));
        Assert.Empty(Assert.Single(new EntityCanonicalizer().Canonicalize([a])).Descriptors);
    }

    [Fact]
    public void Canonicalize_SurnameTaggedAsOrg_FullNameTypeWins()
    {
        var a = EntityCanonicalizerTests.Article("a", "Donald Trump spoke. Trump left. Trump won. Trump lost.",
            ("Donald Trump", "PERSON"), ("Trump", "ORG"), ("Trump", "ORG"), ("Trump", "ORG"));
        var e = Assert.Single(new EntityCanonicalizer().Canonicalize([a]));
        Assert.Equal("PERSON", e.Type);
        Assert.Equal(4, e.Mentions.Count);
    }
}

public class NicknameTests
{
    [Fact]
    public void Canonicalize_ShortFirstName_JoinsFullName()
    {
        var a = EntityCanonicalizerTests.Article("a", "Richard Grenell spoke. Ric Grenell left. Bob Smith met Robert Smith's aide. Grenell smiled.",
            ("Richard Grenell", "PERSON"), ("Ric Grenell", "PERSON"), ("Bob Smith", "PERSON"), ("Robert Smith", "PERSON"), ("Grenell", "PERSON"));
        var entities = new EntityCanonicalizer().Canonicalize([a]);
        Assert.Equal(2, entities.Count);
        var grenell = entities.Single(e => e.Name == "Richard Grenell");
        Assert.Equal(3, grenell.Mentions.Count);
        Assert.Contains("Ric Grenell", grenell.Aliases);
        Assert.Contains("Bob Smith", entities.Single(e => e.Name == "Robert Smith").Aliases);
    }

    [Fact]
    public void Canonicalize_DifferentFirstNamesSameSurname_StayApart()
    {
        var a = EntityCanonicalizerTests.Article("a", "Eric Trump and Donald Trump spoke.", ("Eric Trump", "PERSON"), ("Donald Trump", "PERSON"));
        Assert.Equal(2, new EntityCanonicalizer().Canonicalize([a]).Count);
    }
}
