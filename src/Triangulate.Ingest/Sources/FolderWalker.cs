using Triangulate.Core.Diagnostics;

namespace Triangulate.Ingest.Sources;

/// <summary>
/// Lists the files under a folder lazily, depth first, each folder's entries in ordinal name order, so
/// a run is reproducible on any machine. Hidden files and folders (a leading dot, or the Hidden
/// attribute) are skipped, and symbolic links to folders are not followed (no cycles).
/// </summary>
internal static class FolderWalker
{
    /// <summary>A file found (Input as the user would write it, and its full path), or a folder that could not be listed.</summary>
    public readonly record struct Entry(string Input, string FullPath, Diagnostic? Error);

    public static IEnumerable<Entry> Walk(string root)
    {
        var pending = new Stack<string>();
        pending.Push(root);
        while (pending.Count > 0)
        {
            var folder = pending.Pop();
            string[] entries;
            Diagnostic? error = null;
            try
            {
                entries = Directory.GetFileSystemEntries(folder);
            }
            catch (Exception ex) when (ex is UnauthorizedAccessException or IOException)
            {
                entries = [];
                error = Diagnostic.Error(folder, Core.Diagnostics.ErrorCodes.UnreadableInput, $"the folder cannot be listed: {ex.Message}");
            }

            if (error is not null)
            {
                yield return new Entry(folder, folder, error);
                continue;
            }

            Array.Sort(entries, StringComparer.Ordinal);
            var subfolders = new List<string>();
            foreach (var path in entries)
            {
                if (IsHidden(path))
                {
                    continue;
                }

                if (Directory.Exists(path))
                {
                    if (new DirectoryInfo(path).LinkTarget is null)
                    {
                        subfolders.Add(path);
                    }

                    continue;
                }

                yield return new Entry(path, Path.GetFullPath(path), null);
            }

            // Pushed in reverse so they pop in ordinal order; a folder's own files come before its subfolders'.
            for (var i = subfolders.Count - 1; i >= 0; i--)
            {
                pending.Push(subfolders[i]);
            }
        }
    }

    private static bool IsHidden(string path)
    {
        var name = Path.GetFileName(path);
        if (name.StartsWith('.'))
        {
            return true;
        }

        try
        {
            return (File.GetAttributes(path) & FileAttributes.Hidden) != 0;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return false;
        }
    }
}
