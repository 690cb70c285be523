using System.Diagnostics;
using System.Text.Json.Nodes;
using Triangulate.TestKit;

namespace Triangulate.Cli.Tests.Packaging;

/// <summary>
/// Issue #20: Triangulate installs as a .NET tool. The CLI project is packed (reusing the build this test run
/// already made), installed into a temporary tool path from that folder alone, and the installed
/// <c>triangulate</c> analyzes the demo corpus, as a user who never cloned the repository would.
/// </summary>
public sealed class ToolInstallTests : IDisposable
{
    private readonly TempFolder _temp = new();

    public void Dispose() => _temp.Dispose();

    [Fact]
    public void PackedTool_InstallsFromALocalFolder_AndAnalyzesTheDemo()
    {
        var packages = _temp.Sub("packages");
        var project = Path.Combine(SharedData.RepoRoot, "src", "Triangulate.Cli", "Triangulate.Cli.csproj");
        // bin/<Configuration>/net10.0: pack the configuration the tests were built in, without building again.
        var configuration = new DirectoryInfo(AppContext.BaseDirectory.TrimEnd(Path.DirectorySeparatorChar)).Parent!.Name;
        // A version of its own, so no package cached by an earlier run can stand in for this build.
        var version = "0.0.0-test." + Guid.NewGuid().ToString("N")[..12];
        Dotnet(SharedData.RepoRoot, "pack", project, "-c", configuration, "--no-build", "-o", packages, "-p:Version=" + version);
        Assert.Single(Directory.GetFiles(packages, "Triangulate.*.nupkg"));

        // Only the local folder as a source, so the install works offline and cannot pick up another package.
        var config = _temp.File("nuget.config", $"""
            <?xml version="1.0" encoding="utf-8"?>
            <configuration><packageSources><clear /><add key="local" value="{packages}" /></packageSources></configuration>
            """);
        var tools = _temp.Sub("tools");
        Dotnet(_temp.Path, "tool", "install", "--tool-path", tools, "Triangulate", "--version", version, "--configfile", config);

        var executable = Path.Combine(tools, OperatingSystem.IsWindows() ? "triangulate.exe" : "triangulate");
        var output = _temp.Sub("out");
        var run = Run(executable, _temp.Path, "analyze", Path.Combine(SharedData.RepoRoot, "samples", "demo"), "--out", output, "--quiet");

        Assert.True(run.ExitCode == 0, $"installed triangulate exited {run.ExitCode}: {run.Output}");
        var dossier = JsonNode.Parse(File.ReadAllText(Path.Combine(output, "dossier.json")))!;
        Assert.NotEmpty(dossier["articles"]!.AsArray());
        Assert.NotEmpty(dossier["stories"]!.AsArray());
        Assert.True(File.Exists(Path.Combine(output, "report", "index.html")));
    }

    private static void Dotnet(string workingDirectory, params string[] args)
    {
        var run = Run("dotnet", workingDirectory, args);
        Assert.True(run.ExitCode == 0, $"dotnet {string.Join(' ', args)} exited {run.ExitCode}: {run.Output}");
    }

    private static (int ExitCode, string Output) Run(string file, string workingDirectory, params string[] args)
    {
        var info = new ProcessStartInfo(file) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false, WorkingDirectory = workingDirectory };
        foreach (var arg in args)
        {
            info.ArgumentList.Add(arg);
        }

        info.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        info.Environment["DOTNET_NOLOGO"] = "1";
        using var process = Process.Start(info)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(TimeSpan.FromMinutes(5)))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"{file} {string.Join(' ', args)} did not finish in 5 minutes");
        }

        return (process.ExitCode, stdout.Result + stderr.Result);
    }
}
