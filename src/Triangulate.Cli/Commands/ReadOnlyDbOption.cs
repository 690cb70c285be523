using Triangulate.Cli.Composition;

namespace Triangulate.Cli.Commands;

/// <summary>
/// The --db option of a command that only reads a store. Its own type lets the tests find every read-only
/// command in the tree and check that none creates a store; open it with <see cref="StoreOpener.TryOpenExistingAsync"/>.
/// </summary>
public sealed class ReadOnlyDbOption : System.CommandLine.Option<string?>
{
    public ReadOnlyDbOption(string defaultDescription)
        : base("--db")
    {
        Description = $"Store to read: a SQLite file (never created by this command) or postgres:<connection string>. Default: {defaultDescription}.";
        HelpName = "PATH";
    }
}
