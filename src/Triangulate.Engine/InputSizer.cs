namespace Triangulate.Engine;

/// <summary>Adds up the size of the inputs so progress can show a percentage and ETA.</summary>
public static class InputSizer
{
    /// <summary>Total bytes of the files named or contained in folders; 0 for standard input or unknown paths.</summary>
    public static long TotalBytes(IEnumerable<string> inputs)
    {
        long total = 0;
        foreach (var input in inputs)
        {
            try
            {
                if (File.Exists(input))
                {
                    total += new FileInfo(input).Length;
                }
                else if (Directory.Exists(input))
                {
                    foreach (var file in Directory.EnumerateFiles(input, "*", new EnumerationOptions { RecurseSubdirectories = true, IgnoreInaccessible = true }))
                    {
                        total += new FileInfo(file).Length;
                    }
                }
            }
            catch (IOException)
            {
                // Sizing is only for the progress display; the reader reports unreadable inputs properly.
            }
            catch (UnauthorizedAccessException)
            {
            }
        }

        return total;
    }
}
