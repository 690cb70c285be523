using Triangulate.Core.Diagnostics;
using Triangulate.Engine;

namespace Triangulate.Cli.Composition;

/// <summary>Checks, before any work starts, that an output folder can be created and written.</summary>
public static class OutputFolder
{
    /// <summary>Null when writable, else a message saying what is wrong.</summary>
    public static string? CheckWritable(string path)
    {
        try
        {
            if (File.Exists(path))
            {
                return $"'{path}' is a file, not a folder.";
            }

            Directory.CreateDirectory(path);
            var probe = Path.Combine(path, $".triangulate-write-test-{Environment.ProcessId}");
            File.WriteAllText(probe, "");
            File.Delete(probe);
            return null;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or NotSupportedException or ArgumentException)
        {
            return $"cannot write to '{path}': {ex.Message}";
        }
    }

    public const string Code = ErrorCodes.OutputUnwritable;
}
