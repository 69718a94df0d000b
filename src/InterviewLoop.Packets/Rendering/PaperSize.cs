namespace InterviewLoop.Packets.Rendering;

/// <summary>The paper a PDF packet is printed on; wire names <c>a4</c> and <c>letter</c>.</summary>
public enum PaperSize
{
    /// <summary>ISO A4, 210 × 297 mm (the default).</summary>
    A4,

    /// <summary>US Letter, 8.5 × 11 in.</summary>
    Letter,
}
