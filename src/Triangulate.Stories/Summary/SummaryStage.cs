using Triangulate.Core.Dossier;
using Triangulate.Core.Model;
using Triangulate.Core.Pipeline;
using Triangulate.Stories.Claims;

namespace Triangulate.Stories.Summary;

/// <summary>
/// Fills story.Summary with 3–7 sentences, each citing the exact text it rests on. Statements two or more
/// independent sources make are given as they were written (extractive); numeric conflicts are stated as
/// disagreements; what one lineage alone reports is prefixed "According to &lt;outlet&gt; alone". With
/// little corroboration the summary is shorter.
/// </summary>
public sealed class SummaryStage(SummaryComposer? composer = null) : StorySectionStage(
    "summary", "1.0", reads: [ClaimStage.Groups.Name, CorpusKeys.Conflicts.Name], produces: [CorpusKeys.Summary.Name])
{
    private readonly SummaryComposer _composer = composer ?? new SummaryComposer();

    protected override void Fill(DossierStory story, IReadOnlyList<Article> articles, CorpusContext context)
    {
        var groups = ClaimStage.GroupsOf(context, story.Id);
        if (groups is null || groups.Count == 0)
        {
            return;
        }

        story.Summary = _composer.Compose(groups, story.Conflicts ?? [], articles);
    }
}
