using System.Globalization;
using System.Text.Json.Nodes;
using Triangulate.Core.Dossier;
using Triangulate.Core.Living;
using Triangulate.Core.Revisions;

namespace Triangulate.Engine.Living;

/// <summary>
/// The watcher's revision seam into the living store: an outlet that edits a figure in an article it published
/// ("12 injured" becomes "16 injured") updates the story's figure by the same outlet, so each changed figure becomes
/// a <see cref="StoryEventKinds.FigureUpdated"/> event of the story holding the earlier revision, with both
/// revisions' evidence, and shows in <c>triangulate changes</c>. A revision whose article is in no story yet (not
/// processed by the engine) has no story to tell and adds nothing.
/// </summary>
public sealed class FigureRevisionEvents(IStoryStore stories, TimeProvider? clock = null) : IRevisionObserver
{
    public async Task OnRevisedAsync(ArticleRevised revised, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(revised);
        if (revised.Figures.Count == 0)
        {
            return;
        }

        var briefs = await stories.ArticleBriefsAsync([revised.Previous.Id, revised.Current.Id], cancellationToken).ConfigureAwait(false);
        var storyId = briefs.FirstOrDefault(b => b.Id == revised.Previous.Id)?.StoryId ?? briefs.FirstOrDefault(b => b.StoryId is not null)?.StoryId;
        if (storyId is null)
        {
            return;
        }

        var commit = new StoryCommit { At = (clock ?? TimeProvider.System).GetUtcNow() };
        foreach (var figure in revised.Figures)
        {
            commit.Events.Add(new StoryEventRecord(0, storyId, StoryEventKinds.FigureUpdated, revised.SeenAt, Summary(revised, figure), Data(revised, figure).ToJsonString()));
        }

        await using var session = await stories.BeginWriteAsync(cancellationToken).ConfigureAwait(false);
        await session.CommitAsync(commit, cancellationToken).ConfigureAwait(false);
    }

    private static string Summary(ArticleRevised revised, FigureRevision figure)
    {
        var what = figure.About ?? figure.Unit ?? "a figure";
        var who = revised.Outlet ?? "the outlet";
        return $"{who} revised {what}: {Number(figure.Before)} → {Number(figure.After)} (edit of its own article, revision {revised.Revision.Number})";
    }

    private static JsonObject Data(ArticleRevised revised, FigureRevision figure) => new()
    {
        ["source"] = "revision",
        ["outlet"] = revised.Outlet,
        ["about"] = figure.About,
        ["unit"] = figure.Unit,
        ["old"] = Number(figure.Before),
        ["new"] = Number(figure.After),
        ["revision"] = revised.Revision.Number,
        ["before"] = Side(figure.BeforeEvidence),
        ["after"] = Side(figure.AfterEvidence),
    };

    private static JsonObject Side(Evidence evidence) => new()
    {
        ["articleId"] = evidence.ArticleId,
        ["start"] = evidence.Start,
        ["length"] = evidence.Length,
        ["text"] = evidence.Text,
    };

    private static string Number(double value) => value.ToString("0.##", CultureInfo.InvariantCulture);
}
