namespace Triangulate.Storage.Postgres;

/// <summary>The watcher's tables (issue 17), one migration in <see cref="PostgresSchema"/>'s ordered list; the same facts as SQLite's.</summary>
internal static class PostgresWatchSchema
{
    public static string Migration(string s) => $"""
        CREATE TABLE {s}.watch_sources (
            id bigserial PRIMARY KEY,
            url text NOT NULL UNIQUE,
            kind text,
            added_at timestamptz NOT NULL,
            etag text,
            last_modified timestamptz,
            next_poll_at timestamptz NOT NULL,
            last_polled_at timestamptz,
            last_success_at timestamptz,
            last_error_at timestamptz,
            last_error text,
            consecutive_failures integer NOT NULL DEFAULT 0,
            fetches bigint NOT NULL DEFAULT 0,
            not_modified bigint NOT NULL DEFAULT 0,
            items_seen bigint NOT NULL DEFAULT 0,
            total_latency_ms bigint NOT NULL DEFAULT 0
        );
        CREATE INDEX watch_sources_due ON {s}.watch_sources (next_poll_at);
        CREATE TABLE {s}.watch_pages (
            canonical_url text PRIMARY KEY,
            fetch_url text NOT NULL,
            source_id bigint,
            origin text NOT NULL,
            etag text,
            last_modified timestamptz,
            listed_updated timestamptz,
            body_hash text,
            first_seen_at timestamptz NOT NULL,
            last_checked_at timestamptz,
            next_check_at timestamptz,
            checks integer NOT NULL DEFAULT 0,
            gone_at timestamptz
        );
        CREATE INDEX watch_pages_due ON {s}.watch_pages (next_check_at) WHERE next_check_at IS NOT NULL;
        CREATE TABLE {s}.watch_aliases (url text PRIMARY KEY, canonical_url text NOT NULL);
        CREATE TABLE {s}.article_revisions (
            canonical_url text NOT NULL,
            revision integer NOT NULL,
            article_id text NOT NULL,
            content_hash text NOT NULL,
            title text,
            seen_at timestamptz NOT NULL,
            changes jsonb NOT NULL DEFAULT '[]',
            PRIMARY KEY (canonical_url, revision)
        );
        CREATE INDEX article_revisions_article ON {s}.article_revisions (article_id);
        CREATE TABLE {s}.watch_robots (host text PRIMARY KEY, robots text NOT NULL, expires_at timestamptz NOT NULL);
        """;
}
