using Triangulate.Core.Diagnostics;

namespace Triangulate.Ingest.Sources;

/// <summary>The diagnostics several readers share, with one wording each.</summary>
internal static class IngestDiagnostics
{
    public static Diagnostic EncodingFallback(string input) => Diagnostic.Warning(
        input,
        ErrorCodes.EncodingFallback,
        "the bytes are not valid UTF-8; read as Windows-1252. If characters look wrong, save the file as UTF-8");

    /// <summary>A whole file (or decompressed .gz) over <see cref="IngestOptions.MaxFileBytes"/>; the message names the flag that raises it.</summary>
    public static Diagnostic FileTooLarge(string input, long bytes, long limit, string what = "the file") => Diagnostic.Error(
        input,
        ErrorCodes.InputTooLarge,
        $"{what} is {Describe(bytes)}, over the {Describe(limit)} limit; it was skipped (if it is genuine, raise the limit with {IngestOptions.MaxFileBytesFlag} BYTES)");

    /// <summary>A JSON Lines line or feed item over <see cref="IngestOptions.MaxRecordBytes"/>; the message names the flag that raises it.</summary>
    public static Diagnostic RecordTooLarge(string input, long bytes, long limit, string what) => Diagnostic.Error(
        input,
        ErrorCodes.InputTooLarge,
        $"{what} is {Describe(bytes)}, over the {Describe(limit)} limit; it was skipped and the rest read (if it is genuine, raise the limit with {IngestOptions.MaxRecordBytesFlag} BYTES)");

    private static string Describe(long bytes) => bytes < 0 ? "too large" : bytes >= 1024 * 1024 ? $"{bytes / (1024.0 * 1024.0):0.#} MiB" : $"{bytes:N0} bytes";
}
