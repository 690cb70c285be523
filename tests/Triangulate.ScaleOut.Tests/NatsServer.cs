using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace Triangulate.ScaleOut.Tests;

/// <summary>A real nats-server process with JetStream on a free loopback port and a fresh storage folder; killed
/// and its folder removed on dispose.</summary>
public sealed class NatsServer : IDisposable
{
    private readonly Process _process;
    private readonly string _folder;

    private readonly bool _ownsFolder;

    private NatsServer(Process process, string folder, int port, bool ownsFolder)
    {
        _process = process;
        _folder = folder;
        _ownsFolder = ownsFolder;
        Port = port;
    }

    /// <summary>The JetStream storage folder (pass it to <see cref="StartAsync"/> to restart on the same data).</summary>
    public string Folder => _folder;

    public static string? Binary { get; } = new[] { "/usr/sbin/nats-server", "/usr/bin/nats-server", "/usr/local/bin/nats-server" }.FirstOrDefault(File.Exists);

    public int Port { get; }

    public string Url => $"nats://127.0.0.1:{Port}";

    public static async Task<NatsServer> StartAsync(string? folder = null, int? port = null)
    {
        var ownsFolder = folder is null;
        folder ??= Directory.CreateTempSubdirectory("tri-nats-").FullName;
        port ??= FreePort();
        var start = new ProcessStartInfo(Binary ?? throw new InvalidOperationException("nats-server is not installed"))
        {
            RedirectStandardError = true,
            RedirectStandardOutput = true,
        };
        foreach (var arg in new[] { "-js", "-sd", folder, "-a", "127.0.0.1", "-p", port.Value.ToString(System.Globalization.CultureInfo.InvariantCulture) })
        {
            start.ArgumentList.Add(arg);
        }

        var process = Process.Start(start) ?? throw new InvalidOperationException("nats-server did not start");
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, _) => { };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        var server = new NatsServer(process, folder, port.Value, ownsFolder);
        await server.WaitReadyAsync();
        return server;
    }

    public static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private async Task WaitReadyAsync()
    {
        var deadline = DateTime.UtcNow.AddSeconds(20);
        while (DateTime.UtcNow < deadline)
        {
            try
            {
                using var client = new TcpClient();
                await client.ConnectAsync(IPAddress.Loopback, Port);
                return;
            }
            catch (SocketException)
            {
                await Task.Delay(100);
            }
        }

        throw new TimeoutException($"nats-server did not listen on {Port} within 20 s");
    }

    public void Dispose()
    {
        try
        {
            _process.Kill(entireProcessTree: true);
            _process.WaitForExit(5000);
        }
        catch (InvalidOperationException)
        {
        }

        _process.Dispose();
        if (!_ownsFolder)
        {
            return;
        }

        try
        {
            Directory.Delete(_folder, recursive: true);
        }
        catch (IOException)
        {
        }
    }
}
