namespace Triangulate.Ingest.Web;

/// <summary>The URL's scheme or one of its host's addresses is not allowed (loopback, private, link-local, metadata) and the host was not named with --allow-host.</summary>
public sealed class AddressRefusedException(string message) : FetchRefusedException(message);
