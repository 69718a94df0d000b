namespace InterviewLoop.Packets.Rendering;

/// <summary>Writes a file so that readers see either the old file or the whole new one, never a part.</summary>
internal static class AtomicFile
{
    /// <summary>
    /// Writes <paramref name="bytes"/> to a temp file beside <paramref name="path"/> and renames it into
    /// place (rename within one directory is atomic on POSIX). The temp file is removed on any failure.
    /// </summary>
    public static async Task WriteAsync(string path, byte[] bytes, CancellationToken ct)
    {
        var target = Path.GetFullPath(path);
        var directory = Path.GetDirectoryName(target)!;
        Directory.CreateDirectory(directory);
        var temp = Path.Combine(directory, $".{Path.GetFileName(target)}.{Guid.NewGuid():N}.tmp");
        try
        {
            await File.WriteAllBytesAsync(temp, bytes, ct);
            File.Move(temp, target, overwrite: true);
        }
        catch
        {
            File.Delete(temp);
            throw;
        }
    }
}
