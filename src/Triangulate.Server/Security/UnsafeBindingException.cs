namespace Triangulate.Server.Security;

/// <summary>The server was asked to listen beyond loopback without an API key.</summary>
public sealed class UnsafeBindingException(string message) : InvalidOperationException(message);
