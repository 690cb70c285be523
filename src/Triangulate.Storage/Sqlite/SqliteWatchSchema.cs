namespace Triangulate.Storage.Sqlite;

/// <summary>The watcher's tables (issue 17), one migration in <see cref="SqliteSchema"/>'s ordered list.
/// Times are ISO 8601 UTC text ("O" format), which sorts as time.</summary>
internal static class SqliteWatchSchema
{
    public static readonly string[] Migration =
    [
        """
        CREATE TABLE watch_sources (
            id INTEGER PRIMARY KEY,
            url TEXT NOT NULL UNIQUE,
            kind TEXT,
            added_at TEXT NOT NULL,
            etag TEXT,
            last_modified TEXT,
            next_poll_at TEXT NOT NULL,
            last_polled_at TEXT,
            last_success_at TEXT,
            last_error_at TEXT,
            last_error TEXT,
            consecutive_failures INTEGER NOT NULL DEFAULT 0,
            fetches INTEGER NOT NULL DEFAULT 0,
            not_modified INTEGER NOT NULL DEFAULT 0,
            items_seen INTEGER NOT NULL DEFAULT 0,
            total_latency_ms INTEGER NOT NULL DEFAULT 0
        )
        """,
        "CREATE INDEX watch_sources_due ON watch_sources (next_poll_at)",
        """
        CREATE TABLE watch_pages (
            canonical_url TEXT PRIMARY KEY,
            fetch_url TEXT NOT NULL,
            source_id INTEGER,
            origin TEXT NOT NULL,
            etag TEXT,
            last_modified TEXT,
            listed_updated TEXT,
            body_hash TEXT,
            first_seen_at TEXT NOT NULL,
            last_checked_at TEXT,
            next_check_at TEXT,
            checks INTEGER NOT NULL DEFAULT 0,
            gone_at TEXT
        )
        """,
        "CREATE INDEX watch_pages_due ON watch_pages (next_check_at) WHERE next_check_at IS NOT NULL",
        "CREATE TABLE watch_aliases (url TEXT PRIMARY KEY, canonical_url TEXT NOT NULL)",
        """
        CREATE TABLE article_revisions (
            canonical_url TEXT NOT NULL,
            revision INTEGER NOT NULL,
            article_id TEXT NOT NULL,
            content_hash TEXT NOT NULL,
            title TEXT,
            seen_at TEXT NOT NULL,
            changes TEXT NOT NULL DEFAULT '[]',
            PRIMARY KEY (canonical_url, revision)
        )
        """,
        "CREATE INDEX article_revisions_article ON article_revisions (article_id)",
        "CREATE TABLE watch_robots (host TEXT PRIMARY KEY, robots TEXT NOT NULL, expires_at TEXT NOT NULL)",
    ];
}
