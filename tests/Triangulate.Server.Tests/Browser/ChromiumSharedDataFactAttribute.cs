using Triangulate.TestKit;

namespace Triangulate.Server.Tests.Browser;

/// <summary>A browser test on data from ../shared: skipped, with the reason, when chromium or the data is absent.</summary>
public sealed class ChromiumSharedDataFactAttribute : FactAttribute
{
    public ChromiumSharedDataFactAttribute(string relativePath)
    {
        if (!File.Exists(ChromiumFactAttribute.ExecutablePath))
        {
            Skip = $"skipped: {ChromiumFactAttribute.ExecutablePath} is absent; install it with 'apt-get install -y chromium' (.ci/chromium.sh does) to run the browser tests";
        }
        else if (SharedData.Path(relativePath.Split('/')) is null)
        {
            Skip = SharedData.MissingMessage(relativePath);
        }
    }
}
