namespace Triangulate.Server.Tests.Browser;

/// <summary>A browser test: skipped, with the reason, when Debian's chromium is not installed (we never download a browser).</summary>
public sealed class ChromiumFactAttribute : FactAttribute
{
    public const string ExecutablePath = "/usr/bin/chromium";

    public ChromiumFactAttribute()
    {
        if (!File.Exists(ExecutablePath))
        {
            Skip = $"skipped: {ExecutablePath} is absent; install it with 'apt-get install -y chromium' (.ci/chromium.sh does) to run the browser tests";
        }
    }
}
