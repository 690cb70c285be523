namespace Triangulate.Ingest.Text;

/// <summary>Text decoded and normalised by <see cref="TextDecoder"/>.</summary>
/// <param name="Text">Clean text: "\n" line endings, no control characters but "\n" and "\t", NFC.</param>
/// <param name="EncodingName">The encoding used, as a WebName ("utf-8", "utf-16BE", "windows-1252").</param>
/// <param name="UsedFallback">True when the bytes were not valid in the expected encoding and Windows-1252 was used instead.</param>
public readonly record struct DecodedText(string Text, string EncodingName, bool UsedFallback);
