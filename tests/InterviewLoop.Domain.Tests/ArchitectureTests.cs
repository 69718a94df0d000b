using InterviewLoop.Domain.Scoring;

namespace InterviewLoop.Domain.Tests;

/// <summary>The domain references nothing outside itself and the base class library (conventions, habit 3).</summary>
public sealed class ArchitectureTests
{
    [Fact]
    public void Domain_ReferencesOnlyTheBaseClassLibrary()
    {
        var references = typeof(Rating).Assembly.GetReferencedAssemblies().Select(a => a.Name!);

        Assert.All(references, name => Assert.True(name == "System" || name.StartsWith("System.", StringComparison.Ordinal), name));
    }
}
