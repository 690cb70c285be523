namespace Triangulate.Ingest.Web;

/// <summary>A fetch was refused or failed; the message says why, for a diagnostic or the API's problem response.</summary>
public class FetchRefusedException(string message, Exception? inner = null) : Exception(message, inner);
