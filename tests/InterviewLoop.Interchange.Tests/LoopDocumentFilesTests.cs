using InterviewLoop.Interchange.Tests.Support;

namespace InterviewLoop.Interchange.Tests;

public sealed class LoopDocumentFilesTests
{
    private static string WithId(string id) => Documents.Edit(Documents.Minimal, d => d["loop"]!["id"] = id);

    [Fact]
    public void Read_ADirectory_ReadsItsJsonFilesRecursivelyInOrdinalOrder()
    {
        using var dir = new TempDirectory();
        dir.Write("b.json", WithId("loop-b"));
        dir.Write("a/z.json", WithId("loop-az"));
        dir.Write("notes.txt", "not a loop");

        var loops = LoopDocumentFiles.Read([dir.Path]);

        Assert.Equal(["loop-az", "loop-b"], loops.Select(l => l.Loop.LoopId));
    }

    [Fact]
    public void Read_WhenADocumentIsBad_NamesTheFileAndTheJsonPath()
    {
        using var dir = new TempDirectory();
        dir.Write("a.json", WithId("loop-a"));
        var bad = dir.Write("b.json", Documents.Edit(Documents.Minimal, d => Documents.Set(d, "loop.rounds[0].kind", "lunch")));

        var error = Assert.Throws<LoopFileException>(() => LoopDocumentFiles.Read([dir.Path]));

        Assert.StartsWith($"{bad}: loop.rounds[0].kind: ", error.Message, StringComparison.Ordinal);
        Assert.Equal("loop.rounds[0].kind", error.Field);
    }

    [Fact]
    public void Read_WhenTwoFilesShareALoopId_RefusesTheSecond()
    {
        using var dir = new TempDirectory();
        var first = dir.Write("a.json", WithId("loop-x"));
        var second = dir.Write("b.json", WithId("loop-x"));

        var error = Assert.Throws<LoopFileException>(() => LoopDocumentFiles.Read([dir.Path]));

        Assert.Equal($"{second}: loop.id: 'loop-x' is already used by {first}", error.Message);
    }

    [Fact]
    public void Read_AMissingPath_SaysSo()
    {
        var error = Assert.Throws<LoopFileException>(() => LoopDocumentFiles.Read(["/nonexistent/loops"]));

        Assert.Equal("/nonexistent/loops: no such file or directory", error.Message);
    }

    [Fact]
    public void Read_ADirectoryWithoutDocuments_SaysSo()
    {
        using var dir = new TempDirectory();

        var error = Assert.Throws<LoopFileException>(() => LoopDocumentFiles.Read([dir.Path]));

        Assert.EndsWith("no loop documents (*.json) in this directory", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_FilesAndDirectoriesTogether_KeepsArgumentOrder()
    {
        using var dir = new TempDirectory();
        var file = dir.Write("single/one.json", WithId("loop-1"));
        dir.Write("many/two.json", WithId("loop-2"));

        var loops = LoopDocumentFiles.Read([file, System.IO.Path.Combine(dir.Path, "many")]);

        Assert.Equal(["loop-1", "loop-2"], loops.Select(l => l.Loop.LoopId));
    }
}
