using System.Collections.Concurrent;
using Triangulate.Core.Revisions;

namespace Triangulate.Watch.Tests.Support;

/// <summary>What a revision event said, without the two whole articles (keeping those would make the memory check measure the test).</summary>
public sealed record RevisionEvent(string PreviousId, string CurrentId, string? Outlet, DateTimeOffset SeenAt, int Number, IReadOnlyList<FigureRevision> Figures, IReadOnlyList<string> Aspects);

/// <summary>Keeps every revision event the watcher sends.</summary>
public sealed class RecordingObserver : IRevisionObserver
{
    private readonly ConcurrentQueue<RevisionEvent> _events = new();

    public IReadOnlyList<RevisionEvent> Events => [.. _events];

    public Task OnRevisedAsync(ArticleRevised revised, CancellationToken cancellationToken)
    {
        _events.Enqueue(new RevisionEvent(revised.Previous.Id, revised.Current.Id, revised.Outlet, revised.SeenAt, revised.Revision.Number, revised.Figures,
            [.. revised.Revision.Changes.SelectMany(c => c.Aspects).Distinct()]));
        return Task.CompletedTask;
    }
}
