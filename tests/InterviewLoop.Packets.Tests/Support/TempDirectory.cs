namespace InterviewLoop.Packets.Tests.Support;

/// <summary>A fresh directory under the system temp dir, removed with everything in it on dispose.</summary>
internal sealed class TempDirectory : IDisposable
{
    public string Path { get; } = Directory.CreateTempSubdirectory("interviewloop-packets-").FullName;

    public string File(string name) => System.IO.Path.Combine(Path, name);

    public void Dispose() => Directory.Delete(Path, recursive: true);
}
