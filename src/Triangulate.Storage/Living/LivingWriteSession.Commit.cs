using System.Data;
using System.Data.Common;
using Triangulate.Core.Living;

namespace Triangulate.Storage.Living;

// The commit: every list of a StoryCommit, in order, in the session's one transaction.
internal sealed partial class LivingWriteSession
{
    public Task CommitAsync(StoryCommit commit, CancellationToken cancellationToken = default) => db.GuardAsync(async () =>
    {
        ArgumentNullException.ThrowIfNull(commit);
        ObjectDisposedException.ThrowIf(_done, this);
        var ct = cancellationToken;
        var at = commit.At == default ? clock.GetUtcNow() : commit.At;
        if (commit.Articles.Count > 0)
        {
            await db.InsertArticlesAsync(connection, transaction, commit.Articles, at, ct).ConfigureAwait(false);
        }

        await EachAsync($"""
            INSERT INTO {db.T("annotations")} (article_id, version, data) VALUES (@a, @v, @d)
            ON CONFLICT (article_id) DO UPDATE SET version = excluded.version, data = excluded.data
            """, commit.Annotations, [("@a", DbType.String), ("@v", DbType.String), ("@d", DbType.Binary)], r => [r.ArticleId, r.Version, r.Data], ct).ConfigureAwait(false);
        await EachAsync($"""
            INSERT INTO {db.T("lineage_members")} (article_id, lineage_id, content_hash, published_ms, credits, seq) VALUES (@a, @l, @h, @p, @c, @s)
            ON CONFLICT (article_id) DO UPDATE SET lineage_id = excluded.lineage_id
            """, commit.Lineage, [("@a", DbType.String), ("@l", DbType.String), ("@h", DbType.Int64), ("@p", DbType.Int64), ("@c", DbType.String), ("@s", DbType.Int64)],
            r => [r.ArticleId, r.LineageId, r.ContentHash, Sql.Ms(r.Published), r.CreditsJson, r.Seq], ct).ConfigureAwait(false);
        await WriteStoriesAsync(commit.Stories, at, ct).ConfigureAwait(false);
        await EachAsync($"UPDATE {db.T("story_members")} SET story_id = @to WHERE story_id = @from", commit.Reassignments,
            [("@from", DbType.String), ("@to", DbType.String)], r => [r.From, r.To], ct).ConfigureAwait(false);
        await EachAsync($"""
            INSERT INTO {db.T("story_members")} (article_id, story_id, seq) VALUES (@a, @s, @q)
            ON CONFLICT (article_id) DO UPDATE SET story_id = excluded.story_id
            """, commit.Members, [("@a", DbType.String), ("@s", DbType.String), ("@q", DbType.Int64)], r => [r.ArticleId, r.StoryId, r.Seq], ct).ConfigureAwait(false);
        foreach (var table in new[] { ("stories", "id"), ("story_state", "story_id"), ("story_sections", "story_id"), ("story_terms", "story_id"), ("story_facets", "story_id") })
        {
            await EachAsync($"DELETE FROM {db.T(table.Item1)} WHERE {table.Item2} = @s", commit.DeletedStories, [("@s", DbType.String)], r => [r], ct).ConfigureAwait(false);
        }

        await EachAsync($"UPDATE {db.T("story_aliases")} SET story_id = @to WHERE story_id = @from", commit.Aliases,
            [("@from", DbType.String), ("@to", DbType.String)], r => [r.Alias, r.StoryId], ct).ConfigureAwait(false);
        await EachAsync($"""
            INSERT INTO {db.T("story_aliases")} (alias, story_id) VALUES (@a, @s) ON CONFLICT (alias) DO UPDATE SET story_id = excluded.story_id
            """, commit.Aliases, [("@a", DbType.String), ("@s", DbType.String)], r => [r.Alias, r.StoryId], ct).ConfigureAwait(false);
        await WritePostingsAsync(commit.Postings, ct).ConfigureAwait(false);
        await EachAsync($"UPDATE {db.T("stories")} SET dirty = 1, dirty_since_ms = COALESCE(dirty_since_ms, @at) WHERE id = @s", commit.Dirty,
            [("@s", DbType.String), ("@at", DbType.Int64)], r => [r, at.ToUnixTimeMilliseconds()], ct).ConfigureAwait(false);
        await WriteSectionsAsync(commit.Sections, at, ct).ConfigureAwait(false);
        await EachAsync($"UPDATE {db.T("stories")} SET quiet = 1 WHERE id = @s", commit.Quiet, [("@s", DbType.String)], r => [r], ct).ConfigureAwait(false);
        await WriteEventsAsync(commit.Events, ct).ConfigureAwait(false);
        await EachAsync($"INSERT INTO {db.T("known_names")} (kind, key, seq) VALUES (@k, @n, @s) ON CONFLICT (kind, key) DO NOTHING", commit.KnownNames,
            [("@k", DbType.String), ("@n", DbType.String), ("@s", DbType.Int32)], r => [r.Kind, r.Key, r.Seq], ct).ConfigureAwait(false);
        var terms = commit.NewTerms.Select((t, i) => (Id: commit.FirstNewTermId + i, Term: t)).ToList();
        await EachAsync($"INSERT INTO {db.T("cluster_terms")} (id, term) VALUES (@i, @t)", terms, [("@i", DbType.Int32), ("@t", DbType.String)], r => [r.Id, r.Term], ct).ConfigureAwait(false);
        await EachAsync($"INSERT INTO {db.T("engine_state")} (key, value) VALUES (@k, @v) ON CONFLICT (key) DO UPDATE SET value = excluded.value",
            commit.State.ToList(), [("@k", DbType.String), ("@v", DbType.Binary)], r => [r.Key, r.Value], ct).ConfigureAwait(false);
        _done = true;
        await transaction.CommitAsync(ct).ConfigureAwait(false);
        return 0;
    });

    private async Task WriteStoriesAsync(List<StoryStateRecord> stories, DateTimeOffset at, CancellationToken ct)
    {
        var ms = at.ToUnixTimeMilliseconds();
        await EachAsync($"""
            INSERT INTO {db.T("stories")} AS cur (id, number, born_seq, title, first_ms, last_ms, articles, live, last_active, created_ms, updated_ms)
            VALUES (@id, @n, @b, @t, @f, @l, @a, @live, @act, @at, @at)
            ON CONFLICT (id) DO UPDATE SET number = excluded.number, title = excluded.title, first_ms = excluded.first_ms,
                last_ms = excluded.last_ms, articles = excluded.articles, live = excluded.live, last_active = excluded.last_active,
                updated_ms = excluded.updated_ms, quiet = CASE WHEN cur.articles <> excluded.articles THEN 0 ELSE cur.quiet END
            """, stories,
            [("@id", DbType.String), ("@n", DbType.Int32), ("@b", DbType.Int64), ("@t", DbType.String), ("@f", DbType.Int64), ("@l", DbType.Int64),
             ("@a", DbType.Int32), ("@live", DbType.Int32), ("@act", DbType.Int64), ("@at", DbType.Int64)],
            s => [s.Id, s.Number, s.BornSeq, s.Title, Sql.Ms(s.First), Sql.Ms(s.Last), s.Articles, s.Live ? 1 : 0, s.LastActive, ms], ct).ConfigureAwait(false);
        await EachAsync($"INSERT INTO {db.T("story_state")} (story_id, state) VALUES (@s, @d) ON CONFLICT (story_id) DO UPDATE SET state = excluded.state",
            stories.FindAll(s => s.State.Length > 0), [("@s", DbType.String), ("@d", DbType.Binary)], s => [s.Id, s.State], ct).ConfigureAwait(false);
    }

    private async Task WritePostingsAsync(List<StoryPostings> postings, CancellationToken ct)
    {
        await EachAsync($"DELETE FROM {db.T("story_terms")} WHERE story_id = @s", postings, [("@s", DbType.String)], p => [p.StoryId], ct).ConfigureAwait(false);
        var rows = postings.SelectMany(p => p.Terms.Select(t => (p.StoryId, t.Term, t.Weight))).ToList();
        await EachAsync($"INSERT INTO {db.T("story_terms")} (term, story_id, weight) VALUES (@t, @s, @w) ON CONFLICT (term, story_id) DO UPDATE SET weight = excluded.weight",
            rows, [("@t", DbType.Int32), ("@s", DbType.String), ("@w", DbType.Single)], r => [r.Term, r.StoryId, r.Weight], ct).ConfigureAwait(false);
    }

    private async Task WriteSectionsAsync(List<SectionsUpdate> sections, DateTimeOffset at, CancellationToken ct)
    {
        await EachAsync($"INSERT INTO {db.T("story_sections")} (story_id, json) VALUES (@s, @j) ON CONFLICT (story_id) DO UPDATE SET json = excluded.json",
            sections, [("@s", DbType.String), ("@j", DbType.String)], u => [u.StoryId, u.Json], ct).ConfigureAwait(false);
        await EachAsync($"""
            UPDATE {db.T("stories")} SET sections_version = @v, section_articles = @n, sources = @src, summary = @sum,
                knowledge = @k, dirty = 0, dirty_since_ms = NULL, updated_ms = @at WHERE id = @s
            """, sections, [("@s", DbType.String), ("@v", DbType.String), ("@n", DbType.Int32), ("@src", DbType.Int32), ("@sum", DbType.String), ("@k", DbType.String), ("@at", DbType.Int64)],
            u => [u.StoryId, u.Version, u.Articles, u.Sources, u.SummaryJson, u.Knowledge, at.ToUnixTimeMilliseconds()], ct).ConfigureAwait(false);
        await EachAsync($"DELETE FROM {db.T("story_facets")} WHERE story_id = @s", sections, [("@s", DbType.String)], u => [u.StoryId], ct).ConfigureAwait(false);
        var facets = sections.SelectMany(u => u.Facets.Select(f => (u.StoryId, f.Kind, f.Value))).ToList();
        await EachAsync($"INSERT INTO {db.T("story_facets")} (kind, value, story_id) VALUES (@k, @v, @s) ON CONFLICT DO NOTHING",
            facets, [("@k", DbType.String), ("@v", DbType.String), ("@s", DbType.String)], f => [f.Kind, f.Value, f.StoryId], ct).ConfigureAwait(false);
    }

    private async Task WriteEventsAsync(List<StoryEventRecord> events, CancellationToken ct)
    {
        if (events.Count == 0)
        {
            return;
        }

        await using var insert = Cmd($"INSERT INTO {db.T("story_events")} (story_id, kind, at_ms, summary, data) VALUES (@s, @k, @at, @sum, @d) RETURNING seq");
        Declare(insert, [("@s", DbType.String), ("@k", DbType.String), ("@at", DbType.Int64), ("@sum", DbType.String), ("@d", DbType.String)]);
        await using var touch = Cmd($"UPDATE {db.T("stories")} SET last_event_seq = @q, updated_ms = @at WHERE id = @s");
        Declare(touch, [("@q", DbType.Int64), ("@at", DbType.Int64), ("@s", DbType.String)]);
        foreach (var e in events)
        {
            var ms = e.At.ToUnixTimeMilliseconds();
            Bind(insert, [e.StoryId, e.Kind, ms, e.Summary, e.DataJson]);
            var seq = Convert.ToInt64(await insert.ExecuteScalarAsync(ct).ConfigureAwait(false), System.Globalization.CultureInfo.InvariantCulture);
            Bind(touch, [seq, ms, e.StoryId]);
            await touch.ExecuteNonQueryAsync(ct).ConfigureAwait(false);
        }
    }

    /// <summary>Runs one statement per row with the parameters declared once (SQLite reuses the prepared statement).</summary>
    private async Task EachAsync<T>(string sql, IReadOnlyList<T> rows, (string Name, DbType Type)[] parameters, Func<T, object?[]> values, CancellationToken ct)
    {
        if (rows.Count == 0)
        {
            return;
        }

        if (connection.CanCreateBatch && rows.Count > 1)
        {
            await EachBatchedAsync(sql, rows, parameters, values, ct).ConfigureAwait(false);
            return;
        }

        await using var command = Cmd(sql);
        Declare(command, parameters);
        foreach (var row in rows)
        {
            Bind(command, values(row));
            await command.ExecuteNonQueryAsync(ct).ConfigureAwait(false);
        }
    }

    /// <summary>Statements sent per round trip where the driver batches (PostgreSQL).</summary>
    private const int BatchRows = 500;

    /// <summary>
    /// The same statements as <see cref="EachAsync"/>, sent <see cref="BatchRows"/> at a time in one round trip
    /// (<see cref="DbBatch"/>): on PostgreSQL a statement per row was a network round trip per row, thousands per commit
    /// (postings alone are up to 40 rows a story). SQLite runs in process and has no batch API; it keeps the loop.
    /// </summary>
    private async Task EachBatchedAsync<T>(string sql, IReadOnlyList<T> rows, (string Name, DbType Type)[] parameters, Func<T, object?[]> values, CancellationToken ct)
    {
        for (var start = 0; start < rows.Count; start += BatchRows)
        {
            await using var batch = connection.CreateBatch();
            batch.Transaction = transaction;
            for (var i = start; i < Math.Min(rows.Count, start + BatchRows); i++)
            {
                var command = batch.CreateBatchCommand();
                command.CommandText = sql;
                var row = values(rows[i]);
                for (var p = 0; p < parameters.Length; p++)
                {
                    var parameter = command.CreateParameter();
                    parameter.ParameterName = parameters[p].Name;
                    parameter.DbType = parameters[p].Type;
                    parameter.Value = row[p] ?? DBNull.Value;
                    command.Parameters.Add(parameter);
                }

                batch.BatchCommands.Add(command);
            }

            await batch.ExecuteNonQueryAsync(ct).ConfigureAwait(false);
        }
    }

    private static void Declare(DbCommand command, (string Name, DbType Type)[] parameters)
    {
        foreach (var (name, type) in parameters)
        {
            Sql.Add(command, name, null, type);
        }
    }

    private static void Bind(DbCommand command, object?[] values)
    {
        for (var i = 0; i < values.Length; i++)
        {
            command.Parameters[i].Value = values[i] ?? DBNull.Value;
        }
    }
}
