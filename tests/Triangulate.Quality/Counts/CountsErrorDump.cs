using System.Globalization;
using System.Text;
using Triangulate.Core.Annotations;
using Triangulate.Core.Model;

namespace Triangulate.Quality.Counts;

/// <summary>
/// Writes the dev split's wrong labels and missed counts, with their sentences, to the file named by
/// TRIANGULATE_COUNTS_DUMP (for tuning on dev; the test split is never dumped).
/// </summary>
internal static class CountsErrorDump
{
    public static void Write(string split, IReadOnlyList<(CountsDocument Document, Article? Article)> run)
    {
        var path = Environment.GetEnvironmentVariable("TRIANGULATE_COUNTS_DUMP");
        if (string.IsNullOrEmpty(path) || split != "dev")
        {
            return;
        }

        var text = new StringBuilder();
        foreach (var (document, article) in run)
        {
            if (article is null || !article.Annotations.Has(Layers.Quantities))
            {
                continue;
            }

            var figures = CountsFigures.Of(article);
            foreach (var q in article.Annotations.Get(Layers.Quantities))
            {
                var isKilled = q.Value == document.Killed;
                var isInjured = q.Value == document.Injured;
                var labelled = q.Scope is null && q.Counted is CountsFigure.Deaths or CountsFigure.Injured;
                if (labelled && isKilled != isInjured)
                {
                    var verdict = (isKilled ? CountsFigure.Deaths : CountsFigure.Injured) != q.Counted ? "WRONG" : "RIGHT";
                    text.Append(CultureInfo.InvariantCulture, $"{verdict} {document.Id[..8]} k{document.Killed} i{document.Injured} {q.Value} {q.Counted} {(q.Implicit ? (q.About == "shot and survived" ? "derived" : q.Noun is not null && char.IsUpper(q.Noun[0]) && q.Value == 1 ? "named" : "implicit") : "number")} | {Context(article, q.Span)}\n");
                }
            }

            Missed(text, document, article, figures, document.Killed, CountsFigure.Deaths);
            Missed(text, document, article, figures, document.Injured, CountsFigure.Injured);
        }

        File.WriteAllText(path, text.ToString());
    }

    private static void Missed(StringBuilder text, CountsDocument document, Article article, IReadOnlyCollection<CountsFigure> figures, int gold, string label)
    {
        if (gold <= 0 || figures.Any(f => f.Value == gold && f.Label == label))
        {
            return;
        }

        var others = string.Join(", ", article.Annotations.Get(Layers.Quantities).Where(q => q.Counted is not (CountedKeys.Other or CountedKeys.Age or CountedKeys.Money or CountedKeys.Percent)).Select(q => $"{q.Value} {q.Counted}{(q.Scope is null ? "" : "/" + q.Scope)}"));
        text.Append(CultureInfo.InvariantCulture, $"MISS {document.Id[..8]} {label} {gold} | has: {others}\n");
    }

    private static string Context(Article article, Core.Model.TextSpan span)
    {
        var start = Math.Max(0, span.Start - 120);
        var end = Math.Min(article.Text.Length, span.End + 120);
        return (article.Text[start..span.Start] + "[[" + article.Slice(span) + "]]" + article.Text[span.End..end]).Replace('\n', ' ');
    }
}
