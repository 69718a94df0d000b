namespace InterviewLoop.Interchange;

/// <summary>
/// Names, in words a person editing a file by hand understands, the common ways a document stops being
/// JSON: an empty file, a file cut short, a trailing comma, a comment, a second document after the
/// first. Found from the bytes after the last token the reader accepted, so it does not depend on the
/// wording of the runtime's messages; anything else keeps the runtime's reason.
/// </summary>
internal static class JsonSlip
{
    /// <summary>A recognised slip: where to point and what to say; <c>Path</c> null keeps the reader's path.</summary>
    public sealed record Found(string? Path, string Reason);

    /// <summary>The slip at <paramref name="consumed"/> (bytes accepted so far), or null when it is none of the known ones.</summary>
    public static Found? Find(ReadOnlySpan<byte> utf8, int consumed, JsonPathTracker path)
    {
        var at = SkipSpace(utf8, consumed);
        if (at == utf8.Length) return Cut(utf8, path);
        if (utf8[at] == (byte)'/') return new(null, "comments are not allowed in JSON");
        // The reader may stop before the comma or just after it.
        var close = utf8[at] == (byte)',' ? SkipSpace(utf8, at + 1) : at;
        if (close == utf8.Length) return Cut(utf8, path);
        if (utf8[close] is (byte)'}' or (byte)']' && utf8[..close].TrimEnd(" \t\r\n"u8).EndsWith(","u8))
            return new(null, $"a comma before '{(char)utf8[close]}': the last item of an object or array takes none");
        return path.Depth == 0 && consumed > 0 ? new("$", "more text after the end of the document") : null;
    }

    private static Found Cut(ReadOnlySpan<byte> utf8, JsonPathTracker path)
    {
        if (SkipSpace(utf8, 0) == utf8.Length) return new("$", "the document is empty");
        if (path.AwaitsValue) return new(null, "the text ends before this field's value");
        var (container, isArray) = path.Innermost;
        return new(container, $"the text ends before this {(isArray ? "array" : "object")} is closed with '{(isArray ? ']' : '}')}'");
    }

    private static int SkipSpace(ReadOnlySpan<byte> utf8, int from)
    {
        var at = from;
        while (at < utf8.Length && utf8[at] is (byte)' ' or (byte)'\t' or (byte)'\r' or (byte)'\n') at++;
        return at;
    }
}
