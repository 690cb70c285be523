namespace Triangulate.Cluster.Hosting;

/// <summary>What this silo took from the log so far (for status lines and the tests).</summary>
public sealed class SiloCounters
{
    private long _messages;
    private long _added;
    private long _alreadyStored;

    public long Messages => Interlocked.Read(ref _messages);
    public long Added => Interlocked.Read(ref _added);
    public long AlreadyStored => Interlocked.Read(ref _alreadyStored);

    public void Record(int messages, int added, int alreadyStored)
    {
        Interlocked.Add(ref _messages, messages);
        Interlocked.Add(ref _added, added);
        Interlocked.Add(ref _alreadyStored, alreadyStored);
    }
}
