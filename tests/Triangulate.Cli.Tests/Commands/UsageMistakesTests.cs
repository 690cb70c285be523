using System.CommandLine;
using Triangulate.Cli.Commands;
using Triangulate.Cli.Terminal;

namespace Triangulate.Cli.Tests.Commands;

/// <summary>
/// The common mistakes of issue #19, end to end, and the shared rules every command in the tree follows by
/// construction: unknown options are usage errors with a suggestion, read-only commands never create a store,
/// and each command's help lists its own exit codes.
/// </summary>
public sealed class UsageMistakesTests : IDisposable
{
    private readonly TempFolder _temp = new();

    public void Dispose() => _temp.Dispose();

    private static string Demo => Path.Combine(TestKit.SharedData.RepoRoot, "samples", "demo");

    [Fact]
    public void Analyze_MisspelledOption_IsUsageErrorNamingTheRealOptionAndWritesNothing()
    {
        var outDir = _temp.Sub("m4");

        var run = CliRunner.Run("analyze", Demo, "--out", outDir, "--otu", "x");

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("unknown option '--otu'", run.Stderr);
        Assert.Contains("did you mean '--out'?", run.Stderr);
        Assert.False(Directory.Exists(outDir));
    }

    [Fact]
    public void Analyze_EmptyFolder_ExitsOneWithWarningAndWritesNothing()
    {
        var empty = _temp.Sub("empty");
        Directory.CreateDirectory(empty);
        var outDir = _temp.Sub("m2");

        var run = CliRunner.Run("analyze", empty, "--out", outDir);

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("warning TRI1012", run.Stderr);
        Assert.False(Directory.Exists(outDir), "no report and no database for a run without articles");
    }

    [Fact]
    public void Analyze_MissingInput_ExitsOneAndCreatesNoReportNorDatabase()
    {
        var outDir = _temp.Sub("m1");

        var run = CliRunner.Run("analyze", _temp.Sub("no-such-dir"), "--out", outDir);

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("TRI1001", run.Stderr);
        Assert.False(Directory.Exists(outDir));
    }

    [Fact]
    public void Analyze_OnlyUnreadableInputs_RemovesTheStoreItCreatedButKeepsAnExistingFolder()
    {
        var binary = _temp.File("in/photo.txt", [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D, 0x49, 0x48, 0x44, 0x52]);
        var outDir = _temp.Sub("existing");
        Directory.CreateDirectory(outDir);
        File.WriteAllText(Path.Combine(outDir, "keep.txt"), "mine");

        var run = CliRunner.Run("analyze", binary, "--out", outDir);

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("TRI1012", run.Stderr);
        Assert.Equal(["keep.txt"], Directory.GetFileSystemEntries(outDir).Select(Path.GetFileName));
    }

    [Fact]
    public void Ingest_EmptyFolder_ExitsOneAndCreatesNoDatabase()
    {
        var empty = _temp.Sub("empty");
        Directory.CreateDirectory(empty);
        var db = _temp.Sub("new.db");

        var run = CliRunner.Run("ingest", empty, "--db", db);

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("TRI1012", run.Stderr);
        Assert.False(File.Exists(db));
    }

    /// <summary>Every command whose --db is a <see cref="ReadOnlyDbOption"/> (list, show, search, export, and any
    /// command added later with it) refuses a missing store with exit 3 and creates nothing.</summary>
    [Fact]
    public void ReadOnlyCommands_MissingStore_ExitThreeAndCreateNothing()
    {
        var readOnly = Leaves(Program.BuildRoot()).Where(c => c.Command.Options.OfType<ReadOnlyDbOption>().Any()).ToList();
        Assert.Superset(new HashSet<string> { "list", "show", "search", "export" }, readOnly.Select(c => c.Command.Name).ToHashSet());
        foreach (var (path, command) in readOnly)
        {
            var db = _temp.Sub($"typo-{command.Name}.db");
            var args = path.Concat(command.Arguments.Where(a => a.Arity.MinimumNumberOfValues > 0).Select(_ => "x")).Concat(["--db", db]).ToArray();

            var run = CliRunner.Run(args);

            Assert.True(run.ExitCode == 3, $"{string.Join(' ', args)} exited {run.ExitCode}: {run.All}");
            Assert.Contains("TRI3005", run.Stderr);
            Assert.False(File.Exists(db), $"{command.Name} created {db}");
        }
    }

    /// <summary>Every command, present or future, turns an unknown option into a usage error naming the closest one.</summary>
    [Fact]
    public void EveryCommand_UnknownOption_IsUsageErrorWithClosestSuggestion()
    {
        foreach (var (path, command) in Leaves(Program.BuildRoot()))
        {
            var option = command.Options.First(o => o.Name.StartsWith("--", StringComparison.Ordinal) && o.Name != "--help");
            var typo = option.Name + "x";
            var args = path.Concat(command.Arguments.Where(a => a.Arity.MinimumNumberOfValues > 0).Select(_ => "x")).Concat([typo, "v"]).ToArray();

            var messages = UnknownOptions.Find(Program.BuildRoot().Parse(args));

            var message = Assert.Single(messages);
            Assert.Contains($"unknown option '{typo}'", message);
            Assert.Contains($"did you mean '{option.Name}'?", message);
        }
    }

    [Theory]
    [InlineData("--", "-odd-name.txt")]
    [InlineData("-")]
    public void Analyze_DashInputsThatAreNotOptions_AreAccepted(params string[] inputs)
    {
        var args = new[] { "analyze" }.Concat(inputs).Concat(["--out", "o"]).ToArray();

        Assert.Empty(UnknownOptions.Find(Program.BuildRoot().Parse(args)));
    }

    /// <summary>Each command's help ends with its own exit codes; commands that only read never speak of failed inputs.</summary>
    [Fact]
    public void EveryCommand_Help_ListsItsOwnExitCodes()
    {
        foreach (var (_, command) in Leaves(Program.BuildRoot()))
        {
            var help = command.Description ?? "";
            Assert.True(help.Contains("Exit codes: 0 ", StringComparison.Ordinal), $"{command.Name}'s help lists no exit codes");
            if (command.Options.OfType<ReadOnlyDbOption>().Any())
            {
                Assert.DoesNotContain("inputs failed", help, StringComparison.Ordinal);
                Assert.Contains("never created", help, StringComparison.Ordinal);
            }
        }
    }

    [Theory]
    [InlineData("list")]
    [InlineData("show")]
    public void Help_ReadOnlyCommand_SaysNothingOfFailedInputs(string command)
    {
        var run = CliRunner.Run(command, "--help");

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("Exit codes: 0 ok;", run.Stdout);
        Assert.DoesNotContain("inputs failed", run.Stdout);
    }

    private static IEnumerable<(string[] Path, Command Command)> Leaves(Command root)
    {
        foreach (var child in root.Subcommands)
        {
            if (child.Subcommands.Count == 0)
            {
                yield return ([child.Name], child);
                continue;
            }

            foreach (var (path, leaf) in Leaves(child))
            {
                yield return ([child.Name, .. path], leaf);
            }
        }
    }
}
