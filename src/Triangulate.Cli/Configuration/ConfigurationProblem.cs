using Triangulate.Core.Diagnostics;

namespace Triangulate.Cli.Configuration;

/// <summary>The configuration cannot be used: the file is unreadable or not JSON, or a value is invalid. The message
/// names the key (TRI6001) or the file (TRI6002).</summary>
public sealed class ConfigurationProblem(string code, string message, Exception? inner = null) : Exception(message, inner)
{
    public string Code { get; } = code;
}
