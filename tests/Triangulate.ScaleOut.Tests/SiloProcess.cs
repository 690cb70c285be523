using System.Diagnostics;
using System.Globalization;
using System.Text;

namespace Triangulate.ScaleOut.Tests;

/// <summary>A real <c>triangulate serve --cluster</c> process on loopback ports.</summary>
public sealed class SiloProcess : IDisposable
{
    private readonly Process _process;
    private readonly StringBuilder _output = new();
    private readonly TaskCompletionSource _ready = new(TaskCreationOptions.RunContinuationsAsynchronously);

    private SiloProcess(Process process)
    {
        _process = process;
    }

    public string Output
    {
        get
        {
            lock (_output)
            {
                return _output.ToString();
            }
        }
    }

    public bool HasExited => _process.HasExited;

    /// <summary>Starts a silo and waits until it has joined the cluster.</summary>
    public static async Task<SiloProcess> StartAsync(string postgres, string nats, string clusterId, string stream, int siloPort, int gatewayPort, params string[] more)
    {
        string[] args = ["serve", "--cluster", "postgres:" + postgres, "--nats", nats, "--cluster-id", clusterId, "--stream", stream,
            "--silo-port", siloPort.ToString(CultureInfo.InvariantCulture), "--gateway-port", gatewayPort.ToString(CultureInfo.InvariantCulture), "--parallelism", "1", .. more];
        var info = Cli.Start(args);
        var silo = new SiloProcess(Process.Start(info) ?? throw new InvalidOperationException("triangulate did not start"));
        silo._process.OutputDataReceived += (_, e) => silo.Record(e.Data);
        silo._process.ErrorDataReceived += (_, e) => silo.Record(e.Data);
        silo._process.BeginOutputReadLine();
        silo._process.BeginErrorReadLine();
        var finished = await Task.WhenAny(silo._ready.Task, silo._process.WaitForExitAsync(), Task.Delay(TimeSpan.FromSeconds(120)));
        if (finished != silo._ready.Task)
        {
            silo.Dispose();
            throw new InvalidOperationException($"the silo on port {siloPort} did not join the cluster: {silo.Output}");
        }

        return silo;
    }

    private void Record(string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (_output)
        {
            _output.AppendLine(line);
        }

        if (line.StartsWith("silo of cluster", StringComparison.Ordinal))
        {
            _ready.TrySetResult();
        }
    }

    /// <summary>kill -9: no goodbye to the cluster, no cleanup, transactions cut off mid-way.</summary>
    public void KillHard()
    {
        _process.Kill(entireProcessTree: true);
        _process.WaitForExit(10_000);
    }

    /// <summary>SIGTERM: the silo leaves the cluster cleanly (a rolling restart's stop).</summary>
    public async Task StopAsync()
    {
        using (var kill = Process.Start("kill", ["-TERM", _process.Id.ToString(CultureInfo.InvariantCulture)]))
        {
            await kill.WaitForExitAsync();
        }

        using var limit = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        try
        {
            await _process.WaitForExitAsync(limit.Token);
        }
        catch (OperationCanceledException)
        {
            KillHard();
        }
    }

    public void Dispose()
    {
        if (!_process.HasExited)
        {
            KillHard();
        }

        _process.Dispose();
    }
}
