namespace Triangulate.Server;

/// <summary>How the server writes its log to the console: one readable line per message, or one JSON object per line
/// (for log collectors; the event id, category and message template's values are fields).</summary>
public enum LogFormat
{
    Text,
    Json,
}
