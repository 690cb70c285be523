using Triangulate.Cluster.Hosting;

namespace Triangulate.Cluster.Grains;

/// <inheritdoc cref="IStoryWriterGrain"/>
public sealed class StoryWriterGrain(SiloEngine silo) : Grain, IStoryWriterGrain
{
    public async Task<WriterResult> ApplyAsync(ArticlePacket[] articles)
    {
        ArgumentNullException.ThrowIfNull(articles);
        var engine = await silo.EngineAsync().ConfigureAwait(ConfigureAwaitOptions.ContinueOnCapturedContext);
        var unpacked = articles.Select(silo.Packer.Unpack).ToList();
        var outcome = await engine.ApplyAsync(unpacked).ConfigureAwait(ConfigureAwaitOptions.ContinueOnCapturedContext);
        var events = outcome.Events;
        if (engine.HasStories && outcome.Added > 0)
        {
            var due = await engine.RecomputeAsync(all: false).ConfigureAwait(ConfigureAwaitOptions.ContinueOnCapturedContext);
            events += due.Events.Count;
        }

        return new WriterResult(outcome.Added, outcome.AlreadyStored, events);
    }

    public async Task<int> FlushAsync()
    {
        var engine = await silo.EngineAsync().ConfigureAwait(ConfigureAwaitOptions.ContinueOnCapturedContext);
        if (!engine.HasStories)
        {
            return 0;
        }

        await engine.SettleAsync().ConfigureAwait(ConfigureAwaitOptions.ContinueOnCapturedContext);
        var done = await engine.RecomputeAsync(all: true).ConfigureAwait(ConfigureAwaitOptions.ContinueOnCapturedContext);
        return done.Events.Count + await engine.MarkQuietAsync().ConfigureAwait(ConfigureAwaitOptions.ContinueOnCapturedContext);
    }
}
