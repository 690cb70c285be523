namespace Triangulate.Cli.Composition;

/// <summary>
/// Remembers which output folder and store file a writing command is about to create, so that a run in which
/// no input could be read leaves nothing behind: no empty report, no empty database. Only what did not exist
/// before the run is ever removed, and a folder only when it is empty.
/// </summary>
public sealed class CreatedPaths
{
    private readonly List<string> _files = [];
    private readonly List<string> _folders = [];

    /// <summary>Notes <paramref name="path"/> as a folder this run may create.</summary>
    public CreatedPaths Folder(string path)
    {
        if (!Directory.Exists(path) && !File.Exists(path))
        {
            _folders.Add(Path.GetFullPath(path));
        }

        return this;
    }

    /// <summary>Notes the SQLite store at <paramref name="location"/> (with its journal files) as one this run may create.</summary>
    public CreatedPaths Store(string location)
    {
        if (StoreOpener.MissingSqliteFile(location))
        {
            var full = Path.GetFullPath(location);
            _files.AddRange([full, full + "-wal", full + "-shm", full + "-journal"]);
        }

        return this;
    }

    /// <summary>Removes what the run created; call after the store is closed.</summary>
    public void Undo()
    {
        foreach (var file in _files)
        {
            TryDelete(() => File.Delete(file));
        }

        foreach (var folder in _folders)
        {
            if (Directory.Exists(folder) && !Directory.EnumerateFileSystemEntries(folder).Any())
            {
                TryDelete(() => Directory.Delete(folder));
            }
        }
    }

    private static void TryDelete(Action delete)
    {
        try
        {
            delete();
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            // Leaving an empty file behind is the old behaviour, not a new failure; the run's message says why it stopped.
        }
    }
}
