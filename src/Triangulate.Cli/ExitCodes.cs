namespace Triangulate.Cli;

/// <summary>The process exit codes, documented in the README and in every command's help.</summary>
public static class ExitCodes
{
    /// <summary>Everything went through.</summary>
    public const int Ok = 0;

    /// <summary>Some inputs failed (see diagnostics), but the output was written.</summary>
    public const int SomeInputsFailed = 1;

    /// <summary>The command line was wrong, or an output location cannot be written.</summary>
    public const int Usage = 2;

    /// <summary>The store could not be opened or written.</summary>
    public const int Storage = 3;

    public const string HelpText = "Exit codes: 0 ok, 1 some inputs failed but output was written, 2 usage error (or unwritable output), 3 storage error.";
}
