using Triangulate.Core.Dossier;
using Triangulate.Reports.Export;
using Triangulate.TestKit;

namespace Triangulate.Reports.Tests.Export;

/// <summary>The Markdown brief: citations resolve to the cited characters, and source text cannot become markup.</summary>
public sealed class MarkdownBriefTests
{
    private static string Brief(DossierDocument dossier)
    {
        var writer = new StringWriter();
        MarkdownBrief.Write(dossier, dossier.Stories ?? [], writer);
        return writer.ToString();
    }

    [Fact]
    public void Write_SampleDossier_EveryCitationResolvesToItsSpan()
    {
        var dossier = SampleDossier.Build();
        var markdown = Brief(dossier);

        var resolved = MarkdownCitationCheck.Resolve(markdown, dossier.Articles.ToDictionary(a => a.Id, a => a.Text));

        var story = dossier.Stories![0];
        var cited = story.Claims!.SelectMany(c => c.Evidence).Concat(story.Timeline!.SelectMany(t => t.Evidence))
            .Concat(story.Conflicts!.SelectMany(c => c.Sides.SelectMany(s => s.Evidence)))
            .Select(e => (e.ArticleId, e.Start, e.Length)).ToHashSet();
        Assert.Subset(resolved.Values.ToHashSet(), cited); // every cited span is listed and resolves
        Assert.Contains("### Claims", markdown, StringComparison.Ordinal);
        Assert.Contains("### Quotes", markdown, StringComparison.Ordinal);
    }

    [Fact]
    public void Write_HostileText_StaysText()
    {
        var dossier = SampleDossier.Build();
        var story = dossier.Stories![0];
        story.Claims!.Add(new DossierClaim { Id = "c9", Text = "[click](javascript:alert(1)) <script>x</script> **bold** # head", Status = "unique" });
        story.Title = "Title <img src=x onerror=alert(1)>";

        var markdown = Brief(dossier);

        // A link needs an unescaped "](": the only ones left are the brief's own.
        Assert.DoesNotMatch(@"(?<!\\)\]\((?!#)", markdown);
        Assert.DoesNotMatch(@"(?<!\\)</?(script|img)", markdown);
        Assert.Contains(@"\[click\](javascript:alert(1)) \<script\>", markdown, StringComparison.Ordinal);
    }
}
