namespace Triangulate.Server.Security;

/// <summary>URL ingest refused or failed the fetch; the message says why, for the API's problem response.</summary>
public sealed class FetchRefusedException(string message, Exception? inner = null) : Exception(message, inner);
