namespace Triangulate.Core.Storage;

/// <summary>Both halves of the watcher's state, opened together on the store that holds the articles.</summary>
public interface IWatchStore : ISourceStore, IRevisionStore
{
    /// <summary>A short description for messages ("sqlite:/path/to.db").</summary>
    string Description { get; }
}
