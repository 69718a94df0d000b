using InterviewLoop.Domain.Loops;
using InterviewLoop.Interchange;

namespace InterviewLoop.Cli;

/// <summary>Reads and validates a loop document file; every command starts here, before it writes anything.</summary>
internal static class LoopFile
{
    /// <summary>
    /// The loop in <paramref name="path"/>. Throws <see cref="BadInputException"/> when the file cannot be read
    /// and <see cref="LoopDocumentException"/> ("path: problem") when it is not a valid loop document.
    /// </summary>
    public static LoopSnapshot Read(string path) => LoopDocumentReader.Read(ReadBytes(path));

    private static byte[] ReadBytes(string path)
    {
        try
        {
            return File.ReadAllBytes(path);
        }
        catch (Exception e) when (e is FileNotFoundException or DirectoryNotFoundException)
        {
            throw new BadInputException($"{path}: no such file", e);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new BadInputException($"{path}: cannot read the file ({e.Message})", e);
        }
    }
}
