using Xunit.Abstractions;
using Xunit.Sdk;

namespace Triangulate.Storage.Tests.Contract;

/// <summary>Discovers <see cref="StoreFactAttribute"/> tests, skipping them when the test class's
/// <see cref="RequiresEnvironmentAttribute"/> variable is unset.</summary>
public sealed class StoreFactDiscoverer(IMessageSink diagnosticMessageSink) : IXunitTestCaseDiscoverer
{
    public IEnumerable<IXunitTestCase> Discover(ITestFrameworkDiscoveryOptions discoveryOptions, ITestMethod testMethod, IAttributeInfo factAttribute)
    {
        var display = discoveryOptions.MethodDisplayOrDefault();
        var displayOptions = discoveryOptions.MethodDisplayOptionsOrDefault();
        var skip = SkipReason(testMethod.TestClass.Class);
        IXunitTestCase testCase = skip is null
            ? new XunitTestCase(diagnosticMessageSink, display, displayOptions, testMethod)
            : new XunitSkippedDataRowTestCase(diagnosticMessageSink, display, displayOptions, testMethod, skip);
        return [testCase];
    }

    private static string? SkipReason(ITypeInfo testClass)
    {
        foreach (var attribute in testClass.GetCustomAttributes(typeof(RequiresEnvironmentAttribute)))
        {
            var variable = attribute.GetConstructorArguments().FirstOrDefault() as string;
            var reason = variable is null ? null : RequiresEnvironmentAttribute.SkipReason(variable);
            if (reason is not null)
            {
                return reason;
            }
        }

        return null;
    }
}
