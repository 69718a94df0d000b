using System.Buffers;
using System.Text;
using System.Text.Unicode;

namespace InterviewLoop.Interchange;

/// <summary>
/// Loop documents are UTF-8 (RFC 8259 §8.1). A file saved in another encoding (Latin-1, Windows-1252)
/// would otherwise be decoded with replacement characters and stored that way, e.g. "Daniel R�" for
/// "Daniel Ré"; it is refused instead, naming the first byte that is not UTF-8.
/// </summary>
internal static class Utf8Text
{
    private static ReadOnlySpan<byte> ByteOrderMark => [0xEF, 0xBB, 0xBF];

    /// <summary>The text without a leading byte-order mark; throws <see cref="LoopDocumentException"/> at <c>$</c> when it is not UTF-8.</summary>
    public static ReadOnlyMemory<byte> Checked(ReadOnlyMemory<byte> utf8)
    {
        if (utf8.Span.StartsWith(ByteOrderMark)) utf8 = utf8[ByteOrderMark.Length..];
        if (Utf8.IsValid(utf8.Span)) return utf8;
        var at = FirstInvalidByte(utf8.Span);
        var line = utf8.Span[..at].Count((byte)'\n') + 1;
        throw new LoopDocumentException("$", $"not valid UTF-8 at byte {at} (line {line}); save the document as UTF-8");
    }

    private static int FirstInvalidByte(ReadOnlySpan<byte> utf8)
    {
        var at = 0;
        while (Rune.DecodeFromUtf8(utf8[at..], out _, out var consumed) == OperationStatus.Done) at += consumed;
        return at;
    }
}
