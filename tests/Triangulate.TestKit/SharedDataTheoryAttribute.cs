using Xunit;

namespace Triangulate.TestKit;

/// <summary>A theory that needs ../shared/<c>relativePath</c>; skipped with a message when that is absent.</summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class SharedDataTheoryAttribute : TheoryAttribute
{
    public SharedDataTheoryAttribute(string relativePath)
    {
        if (SharedData.Path(relativePath.Split('/')) is null)
        {
            Skip = SharedData.MissingMessage(relativePath);
        }
    }
}
