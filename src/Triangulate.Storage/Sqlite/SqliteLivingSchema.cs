namespace Triangulate.Storage.Sqlite;

/// <summary>Migration v3 of <see cref="SqliteSchema"/>: the tables of the living story state.</summary>
internal static class SqliteLivingSchema
{
    public static readonly string[] Tables =
    [
        "CREATE TABLE annotations (article_id TEXT PRIMARY KEY, version TEXT NOT NULL, data BLOB NOT NULL)",
        "CREATE INDEX annotations_version ON annotations (version, article_id)",
        """
        CREATE TABLE lineage_members (
            article_id TEXT PRIMARY KEY, lineage_id TEXT NOT NULL, content_hash INTEGER NOT NULL,
            published_ms INTEGER, credits TEXT NOT NULL, seq INTEGER NOT NULL) WITHOUT ROWID
        """,
        "CREATE INDEX lineage_members_lineage ON lineage_members (lineage_id, seq)",
        "CREATE INDEX lineage_members_content ON lineage_members (content_hash, seq)",
        "CREATE INDEX lineage_members_published ON lineage_members (published_ms, seq)",
        "CREATE TABLE story_members (article_id TEXT PRIMARY KEY, story_id TEXT NOT NULL, seq INTEGER NOT NULL) WITHOUT ROWID",
        "CREATE INDEX story_members_story ON story_members (story_id, seq)",
        "CREATE INDEX story_members_seq ON story_members (seq)",
        """
        CREATE TABLE stories (
            id TEXT PRIMARY KEY, number INTEGER NOT NULL, born_seq INTEGER NOT NULL, title TEXT,
            first_ms INTEGER, last_ms INTEGER, articles INTEGER NOT NULL, sources INTEGER,
            live INTEGER NOT NULL, last_active INTEGER NOT NULL, section_articles INTEGER NOT NULL DEFAULT 0,
            sections_version TEXT, knowledge TEXT, summary TEXT, dirty INTEGER NOT NULL DEFAULT 0, dirty_since_ms INTEGER,
            quiet INTEGER NOT NULL DEFAULT 0, created_ms INTEGER NOT NULL, updated_ms INTEGER NOT NULL, last_event_seq INTEGER)
        """,
        "CREATE INDEX stories_live ON stories (live, last_active)",
        "CREATE INDEX stories_dirty ON stories (dirty, dirty_since_ms)",
        "CREATE INDEX stories_quiet ON stories (quiet, last_ms)",
        "CREATE INDEX stories_size ON stories (articles DESC, last_ms DESC, id)",
        "CREATE INDEX stories_last ON stories (last_ms DESC, id)",
        "CREATE INDEX stories_first ON stories (first_ms, id)",
        "CREATE INDEX stories_updated ON stories (updated_ms DESC, id)",
        "CREATE TABLE story_state (story_id TEXT PRIMARY KEY, state BLOB NOT NULL)",
        "CREATE TABLE story_sections (story_id TEXT PRIMARY KEY, json TEXT NOT NULL)",
        "CREATE TABLE story_aliases (alias TEXT PRIMARY KEY, story_id TEXT NOT NULL) WITHOUT ROWID",
        "CREATE INDEX story_aliases_story ON story_aliases (story_id)",
        "CREATE TABLE story_terms (term INTEGER NOT NULL, story_id TEXT NOT NULL, weight REAL NOT NULL, PRIMARY KEY (term, story_id)) WITHOUT ROWID",
        "CREATE INDEX story_terms_weight ON story_terms (term, weight DESC)",
        "CREATE INDEX story_terms_story ON story_terms (story_id)",
        "CREATE TABLE story_facets (kind TEXT NOT NULL, value TEXT NOT NULL, story_id TEXT NOT NULL, PRIMARY KEY (kind, value, story_id)) WITHOUT ROWID",
        "CREATE INDEX story_facets_story ON story_facets (story_id)",
        """
        CREATE TABLE story_events (
            seq INTEGER PRIMARY KEY AUTOINCREMENT, story_id TEXT NOT NULL, kind TEXT NOT NULL,
            at_ms INTEGER NOT NULL, summary TEXT NOT NULL, data TEXT)
        """,
        "CREATE INDEX story_events_story ON story_events (story_id, seq)",
        "CREATE INDEX story_events_at ON story_events (at_ms)",
        "CREATE TABLE known_names (kind TEXT NOT NULL, key TEXT NOT NULL, seq INTEGER NOT NULL, PRIMARY KEY (kind, key)) WITHOUT ROWID",
        "CREATE TABLE cluster_terms (id INTEGER PRIMARY KEY, term TEXT NOT NULL)",
        "CREATE TABLE engine_state (key TEXT PRIMARY KEY, value BLOB NOT NULL)",
    ];
}
