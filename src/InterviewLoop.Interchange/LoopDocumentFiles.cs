namespace InterviewLoop.Interchange;

/// <summary>
/// Reads many loop documents for commands that fit one model over them (<c>raters</c>). Each argument
/// is a file or a directory; a directory contributes its <c>*.json</c> files, recursively, in ordinal
/// path order, so the result does not depend on the file system's listing order. Every document is
/// read and validated before anything is returned; the first problem throws
/// <see cref="LoopFileException"/> naming the file and the JSON path.
/// </summary>
public static class LoopDocumentFiles
{
    /// <summary>The loops in <paramref name="filesOrDirectories"/>, each with the file it came from.</summary>
    public static IReadOnlyList<(string File, Domain.Loops.LoopSnapshot Loop)> Read(IEnumerable<string> filesOrDirectories)
    {
        ArgumentNullException.ThrowIfNull(filesOrDirectories);
        var files = filesOrDirectories.SelectMany(Expand).ToArray();
        var loops = new List<(string File, Domain.Loops.LoopSnapshot Loop)>(files.Length);
        var firstFile = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var file in files)
        {
            var loop = ReadOne(file);
            if (!firstFile.TryAdd(loop.LoopId, file))
                throw new LoopFileException(file, "loop.id", $"'{loop.LoopId}' is already used by {firstFile[loop.LoopId]}");
            loops.Add((file, loop));
        }
        return loops;
    }

    private static IEnumerable<string> Expand(string path)
    {
        if (File.Exists(path)) return [path];
        if (!Directory.Exists(path)) throw new LoopFileException(path, null, "no such file or directory");
        var files = Directory.EnumerateFiles(path, "*.json", SearchOption.AllDirectories).Order(StringComparer.Ordinal).ToArray();
        return files.Length > 0 ? files : throw new LoopFileException(path, null, "no loop documents (*.json) in this directory");
    }

    private static Domain.Loops.LoopSnapshot ReadOne(string file)
    {
        byte[] text;
        try
        {
            text = File.ReadAllBytes(file);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new LoopFileException(file, null, $"cannot read the file ({e.Message})");
        }
        try
        {
            return LoopDocumentReader.Read(text);
        }
        catch (LoopDocumentException e)
        {
            throw new LoopFileException(file, e.Path, e.Problem);
        }
    }
}
