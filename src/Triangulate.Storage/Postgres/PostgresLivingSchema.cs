namespace Triangulate.Storage.Postgres;

/// <summary>Migration v2 of <see cref="PostgresSchema"/>: the tables of the living story state, as in SQLite.
/// Facet values use the C collation so that a prefix is a range an index can answer.</summary>
internal static class PostgresLivingSchema
{
    public static string Tables(string s) => $"""
        CREATE TABLE {s}.annotations (article_id text PRIMARY KEY, version text NOT NULL, data bytea NOT NULL);
        CREATE INDEX annotations_version ON {s}.annotations (version, article_id);
        CREATE TABLE {s}.lineage_members (
            article_id text PRIMARY KEY, lineage_id text NOT NULL, content_hash bigint NOT NULL,
            published_ms bigint, credits text NOT NULL, seq bigint NOT NULL);
        CREATE INDEX lineage_members_lineage ON {s}.lineage_members (lineage_id, seq);
        CREATE INDEX lineage_members_content ON {s}.lineage_members (content_hash, seq);
        CREATE INDEX lineage_members_published ON {s}.lineage_members (published_ms, seq);
        CREATE TABLE {s}.story_members (article_id text PRIMARY KEY, story_id text NOT NULL, seq bigint NOT NULL);
        CREATE INDEX story_members_story ON {s}.story_members (story_id, seq);
        CREATE INDEX story_members_seq ON {s}.story_members (seq);
        CREATE TABLE {s}.stories (
            id text PRIMARY KEY, number integer NOT NULL, born_seq bigint NOT NULL, title text,
            first_ms bigint, last_ms bigint, articles integer NOT NULL, sources integer,
            live integer NOT NULL, last_active bigint NOT NULL, section_articles integer NOT NULL DEFAULT 0,
            sections_version text, knowledge text, summary text, dirty integer NOT NULL DEFAULT 0, dirty_since_ms bigint,
            quiet integer NOT NULL DEFAULT 0, created_ms bigint NOT NULL, updated_ms bigint NOT NULL, last_event_seq bigint);
        CREATE INDEX stories_live ON {s}.stories (live, last_active);
        CREATE INDEX stories_dirty ON {s}.stories (dirty, dirty_since_ms);
        CREATE INDEX stories_quiet ON {s}.stories (quiet, last_ms);
        CREATE INDEX stories_size ON {s}.stories (articles DESC, last_ms DESC NULLS LAST, id);
        CREATE INDEX stories_last ON {s}.stories (last_ms DESC NULLS LAST, id);
        CREATE INDEX stories_first ON {s}.stories (first_ms, id);
        CREATE INDEX stories_updated ON {s}.stories (updated_ms DESC, id);
        CREATE TABLE {s}.story_state (story_id text PRIMARY KEY, state bytea NOT NULL);
        CREATE TABLE {s}.story_sections (story_id text PRIMARY KEY, json text NOT NULL);
        CREATE TABLE {s}.story_aliases (alias text PRIMARY KEY, story_id text NOT NULL);
        CREATE INDEX story_aliases_story ON {s}.story_aliases (story_id);
        CREATE TABLE {s}.story_terms (term integer NOT NULL, story_id text NOT NULL, weight real NOT NULL, PRIMARY KEY (term, story_id));
        CREATE INDEX story_terms_weight ON {s}.story_terms (term, weight DESC);
        CREATE INDEX story_terms_story ON {s}.story_terms (story_id);
        CREATE TABLE {s}.story_facets (kind text NOT NULL, value text COLLATE "C" NOT NULL, story_id text NOT NULL, PRIMARY KEY (kind, value, story_id));
        CREATE INDEX story_facets_story ON {s}.story_facets (story_id);
        CREATE TABLE {s}.story_events (
            seq bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY, story_id text NOT NULL, kind text NOT NULL,
            at_ms bigint NOT NULL, summary text NOT NULL, data text);
        CREATE INDEX story_events_story ON {s}.story_events (story_id, seq);
        CREATE INDEX story_events_at ON {s}.story_events (at_ms);
        CREATE TABLE {s}.known_names (kind text NOT NULL, key text NOT NULL, seq integer NOT NULL, PRIMARY KEY (kind, key));
        CREATE TABLE {s}.cluster_terms (id integer PRIMARY KEY, term text NOT NULL);
        CREATE TABLE {s}.engine_state (key text PRIMARY KEY, value bytea NOT NULL);
        """;
}
