using System.Diagnostics;

namespace Triangulate.ScaleOut.Tests;

/// <summary>Runs the real <c>triangulate</c> CLI (the built assembly) as a separate process.</summary>
public static class Cli
{
    public static ProcessStartInfo Start(params string[] args)
    {
        var info = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        info.ArgumentList.Add(typeof(Triangulate.Cli.Program).Assembly.Location);
        foreach (var arg in args)
        {
            info.ArgumentList.Add(arg);
        }

        return info;
    }

    /// <summary>Runs to the end; returns the exit code and everything it printed.</summary>
    public static async Task<(int Exit, string Output)> RunAsync(params string[] args)
    {
        using var process = Process.Start(Start(args)) ?? throw new InvalidOperationException("triangulate did not start");
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        return (process.ExitCode, await stdout + await stderr);
    }
}
