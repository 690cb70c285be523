using Xunit;

namespace Triangulate.TestKit;

/// <summary>A fact that needs ../shared/<c>relativePath</c>; it is skipped, with a message saying so, when that is absent.</summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class SharedDataFactAttribute : FactAttribute
{
    public SharedDataFactAttribute(string relativePath)
    {
        RelativePath = relativePath;
        if (SharedData.Path(relativePath.Split('/')) is null)
        {
            Skip = SharedData.MissingMessage(relativePath);
        }
    }

    public string RelativePath { get; }
}
