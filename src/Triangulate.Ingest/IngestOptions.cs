namespace Triangulate.Ingest;

/// <summary>
/// Limits and sources for <see cref="InputReader"/>. The defaults are the documented ones. Each limit is a command-line
/// flag (<see cref="MaxFileBytesFlag"/>, <see cref="MaxRecordBytesFlag"/>), and the diagnostic that a limit causes names
/// its flag; the properties are plain settable values so a configuration file can bind them too.
/// </summary>
public sealed class IngestOptions
{
    /// <summary>The command-line flag that sets <see cref="MaxFileBytes"/>.</summary>
    public const string MaxFileBytesFlag = "--max-file-bytes";

    /// <summary>The command-line flag that sets <see cref="MaxRecordBytes"/>.</summary>
    public const string MaxRecordBytesFlag = "--max-record-bytes";

    /// <summary>Largest text, HTML or feed file read (and largest decompressed .gz); bigger ones get TRI1005. Default 16 MiB.
    /// JSON Lines files are streamed and are limited per line by <see cref="MaxRecordBytes"/> instead.</summary>
    public long MaxFileBytes { get; set; } = 16L * 1024 * 1024;

    /// <summary>Largest JSON Lines line or feed item body; bigger ones get TRI1005 and the rest is read. Default 4 MiB.</summary>
    public int MaxRecordBytes { get; set; } = 4 * 1024 * 1024;

    /// <summary>What the input "-" reads; null means <see cref="Console.In"/>. Injectable for tests and servers.</summary>
    public TextReader? Stdin { get; set; }

    /// <summary>Reads web addresses (given as inputs, or listed in an OPML file, address list or sitemap); null: such
    /// inputs are refused with a diagnostic (the server's upload path, for one, never fetches what an upload lists).</summary>
    public Web.WebReader? Web { get; set; }
}
