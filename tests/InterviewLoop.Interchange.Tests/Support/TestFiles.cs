namespace InterviewLoop.Interchange.Tests.Support;

/// <summary>Reads fixture documents copied beside the test assembly.</summary>
internal static class TestFiles
{
    public static string Fixture(string name) => File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Fixtures", name));

    public static string Sample => File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Samples", "loop-daniel-r.json"));
}
