using Triangulate.Core.Annotations;
using Triangulate.Core.Model;
using Triangulate.Core.Pipeline;
using Triangulate.Core.Text;

namespace Triangulate.Nlp.Tokens;

/// <summary>Adds <see cref="Layers.Tokens"/> to an article with <see cref="Tokenizer"/>.</summary>
public sealed class TokenizerStage(Tokenizer? tokenizer = null) : IArticleStage
{
    private readonly Tokenizer _tokenizer = tokenizer ?? Tokenizer.Default;

    public string Name => "tokens";
    public string Version => "1";
    public IReadOnlyList<string> Requires { get; } = [Layers.Text];
    public IReadOnlyList<string> Produces { get; } = [Layers.Tokens.Name];

    public void Process(Article article, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(article);
        var spans = _tokenizer.Tokenize(article.Text);
        var tokens = new Token[spans.Count];
        for (var i = 0; i < tokens.Length; i++)
        {
            tokens[i] = new Token(spans[i]);
        }

        article.Annotations.Set(Layers.Tokens, tokens);
    }
}
