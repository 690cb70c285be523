namespace Triangulate.Core.Storage;

/// <summary>A store problem a user can act on: the message says what is wrong with which file, and
/// <see cref="Code"/> is one of the 3xxx codes in <see cref="Diagnostics.ErrorCodes"/>.</summary>
public sealed class StoreException(string code, string message, Exception? inner = null) : Exception(message, inner)
{
    public string Code { get; } = code;
}
