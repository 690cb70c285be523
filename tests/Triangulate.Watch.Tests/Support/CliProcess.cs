using System.Diagnostics;

namespace Triangulate.Watch.Tests.Support;

/// <summary>The real <c>triangulate</c> program as a child process, as cron would run it.</summary>
public static class CliProcess
{
    private static readonly string Dll = typeof(Triangulate.Cli.Program).Assembly.Location;

    public static Process Start(params string[] args)
    {
        var info = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        info.ArgumentList.Add(Dll);
        foreach (var a in args)
        {
            info.ArgumentList.Add(a);
        }

        info.Environment["CI"] = "true";
        return Process.Start(info)!;
    }

    /// <summary>Runs to the end; returns the exit code and everything printed.</summary>
    public static async Task<(int ExitCode, string Output)> RunAsync(params string[] args)
    {
        using var process = Start(args);
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(4));
        await process.WaitForExitAsync(timeout.Token);
        return (process.ExitCode, await stdout + await stderr);
    }

    /// <summary>The arguments of a watch run over <paramref name="sources"/> into <paramref name="db"/> that may reach the loopback site.</summary>
    public static string[] WatchOnce(string sources, string db) =>
        ["watch", sources, "--db", db, "--once", "--allow-host", "127.0.0.1", "--min-delay", "20ms", "--timeout", "10s"];
}
