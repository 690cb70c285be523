using Triangulate.Core.Living;

namespace Triangulate.Storage.Living;

// Whole-store invariant checks for `triangulate verify`: each is one aggregate query.
internal sealed partial class LivingStore
{
    public Task<StoreHealth> CheckAsync(CancellationToken cancellationToken = default) => db.GuardAsync(async () =>
    {
        var connection = await db.OpenReadAsync(cancellationToken).ConfigureAwait(false);
        await using (connection.ConfigureAwait(false))
        {
            // One read transaction, so every count sees the same committed state.
            await using var transaction = await db.BeginSnapshotAsync(connection, cancellationToken).ConfigureAwait(false);
            Task<long> Count(string sql) => Sql.ScalarLongAsync(Sql.Command(connection, transaction, sql), cancellationToken);
            var a = db.T("articles");
            var n = db.T("annotations");
            var l = db.T("lineage_members");
            var m = db.T("story_members");
            var s = db.T("stories");
            return new StoreHealth
            {
                Articles = await Count($"SELECT count(*) FROM {a}").ConfigureAwait(false),
                Annotated = await Count($"SELECT count(*) FROM {n}").ConfigureAwait(false),
                Stories = await Count($"SELECT count(*) FROM {s}").ConfigureAwait(false),
                Aliases = await Count($"SELECT count(*) FROM {db.T("story_aliases")}").ConfigureAwait(false),
                Events = await Count($"SELECT count(*) FROM {db.T("story_events")}").ConfigureAwait(false),
                DirtyStories = await Count($"SELECT count(*) FROM {s} WHERE dirty = 1").ConfigureAwait(false),
                Unprocessed = await Count($"SELECT count(*) FROM {a} x WHERE NOT EXISTS (SELECT 1 FROM {n} y WHERE y.article_id = x.id)").ConfigureAwait(false),
                AnnotatedWithoutLineage = await Count($"SELECT count(*) FROM {n} x WHERE NOT EXISTS (SELECT 1 FROM {l} y WHERE y.article_id = x.article_id)").ConfigureAwait(false),
                AnnotatedWithoutStory = await Count($"SELECT count(*) FROM {n} x WHERE NOT EXISTS (SELECT 1 FROM {m} y WHERE y.article_id = x.article_id)").ConfigureAwait(false),
                MembersOfMissingStories = await Count($"SELECT count(*) FROM {m} x WHERE NOT EXISTS (SELECT 1 FROM {s} y WHERE y.id = x.story_id)").ConfigureAwait(false),
                MembersWithoutArticle = await Count($"SELECT count(*) FROM {m} x WHERE NOT EXISTS (SELECT 1 FROM {a} y WHERE y.id = x.article_id)").ConfigureAwait(false),
                EmptyStories = await Count($"SELECT count(*) FROM {s} x WHERE NOT EXISTS (SELECT 1 FROM {m} y WHERE y.story_id = x.id)").ConfigureAwait(false),
                CountMismatches = await Count($"SELECT count(*) FROM {s} x WHERE x.articles <> (SELECT count(*) FROM {m} y WHERE y.story_id = x.id)").ConfigureAwait(false),
                DanglingAliases = await Count($"SELECT count(*) FROM {db.T("story_aliases")} x WHERE NOT EXISTS (SELECT 1 FROM {s} y WHERE y.id = x.story_id)").ConfigureAwait(false),
            };
        }
    });
}
