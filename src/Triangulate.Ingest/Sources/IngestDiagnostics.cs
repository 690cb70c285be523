using Triangulate.Core.Diagnostics;

namespace Triangulate.Ingest.Sources;

/// <summary>The diagnostics several readers share, with one wording each.</summary>
internal static class IngestDiagnostics
{
    public static Diagnostic EncodingFallback(string input) => Diagnostic.Warning(
        input,
        ErrorCodes.EncodingFallback,
        "the bytes are not valid UTF-8; read as Windows-1252. If characters look wrong, save the file as UTF-8");

    public static Diagnostic TooLarge(string input, long bytes, long limit, string what = "the file") => Diagnostic.Error(
        input,
        ErrorCodes.InputTooLarge,
        $"{what} is {Describe(bytes)}, over the {Describe(limit)} limit; it was skipped (raise the MaxFileBytes / MaxRecordBytes limit if it is genuine)");

    private static string Describe(long bytes) => bytes < 0 ? "too large" : bytes >= 1024 * 1024 ? $"{bytes / (1024.0 * 1024.0):0.#} MiB" : $"{bytes:N0} bytes";
}
