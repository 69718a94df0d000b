using System.Buffers.Binary;
using System.IO.Compression;

namespace InterviewLoop.Packets.Tests.Snapshots;

/// <summary>
/// Decodes the PNGs pdftoppm writes (8-bit grey, RGB or RGBA, not interlaced) into RGB pixels: just
/// enough PNG for comparing snapshots without an imaging library.
/// </summary>
internal static class Png
{
    public static Image Decode(byte[] png)
    {
        if (png.Length < 8 || png[1] != 'P' || png[2] != 'N' || png[3] != 'G') throw new InvalidDataException("not a PNG");
        int width = 0, height = 0, channels = 0;
        using var idat = new MemoryStream();
        for (var at = 8; at < png.Length;)
        {
            var length = BinaryPrimitives.ReadInt32BigEndian(png.AsSpan(at));
            var type = System.Text.Encoding.ASCII.GetString(png, at + 4, 4);
            var data = png.AsSpan(at + 8, length);
            if (type == "IHDR") (width, height, channels) = Header(data);
            if (type == "IDAT") idat.Write(data);
            at += 12 + length;
        }
        idat.Position = 0;
        using var inflated = new MemoryStream();
        using (var z = new ZLibStream(idat, CompressionMode.Decompress)) z.CopyTo(inflated);
        return ToRgb(Unfilter(inflated.ToArray(), width, height, channels), width, height, channels);
    }

    private static (int Width, int Height, int Channels) Header(ReadOnlySpan<byte> data)
    {
        if (data[8] != 8 || data[12] != 0) throw new InvalidDataException("only 8-bit, non-interlaced PNGs");
        var channels = data[9] switch { 0 => 1, 2 => 3, 6 => 4, _ => throw new InvalidDataException($"colour type {data[9]}") };
        return (BinaryPrimitives.ReadInt32BigEndian(data), BinaryPrimitives.ReadInt32BigEndian(data[4..]), channels);
    }

    // PNG filters each scanline against the one above; undo them in order (PNG spec, section 9).
    private static byte[] Unfilter(byte[] raw, int width, int height, int bpp)
    {
        var stride = width * bpp;
        var pixels = new byte[stride * height];
        for (var y = 0; y < height; y++)
        {
            var filter = raw[y * (stride + 1)];
            for (var x = 0; x < stride; x++)
            {
                int a = x >= bpp ? pixels[(y * stride) + x - bpp] : 0, b = y > 0 ? pixels[((y - 1) * stride) + x] : 0;
                int c = x >= bpp && y > 0 ? pixels[((y - 1) * stride) + x - bpp] : 0;
                var predictor = filter switch { 0 => 0, 1 => a, 2 => b, 3 => (a + b) / 2, 4 => Paeth(a, b, c), _ => throw new InvalidDataException($"filter {filter}") };
                pixels[(y * stride) + x] = (byte)(raw[(y * (stride + 1)) + 1 + x] + predictor);
            }
        }
        return pixels;
    }

    private static int Paeth(int a, int b, int c)
    {
        int p = a + b - c, pa = Math.Abs(p - a), pb = Math.Abs(p - b), pc = Math.Abs(p - c);
        return pa <= pb && pa <= pc ? a : pb <= pc ? b : c;
    }

    private static Image ToRgb(byte[] pixels, int width, int height, int channels)
    {
        if (channels == 3) return new Image(width, height, pixels);
        var rgb = new byte[width * height * 3];
        for (var i = 0; i < width * height; i++)
        {
            for (var k = 0; k < 3; k++) rgb[(i * 3) + k] = pixels[(i * channels) + (channels == 1 ? 0 : k)];
        }
        return new Image(width, height, rgb);
    }
}

/// <summary>An RGB image, 3 bytes per pixel, rows top to bottom.</summary>
internal sealed record Image(int Width, int Height, byte[] Rgb)
{
    /// <summary>Pixels whose largest channel difference exceeds <paramref name="channelTolerance"/> (0..255).</summary>
    public int CountDifferences(Image other, int channelTolerance)
    {
        var differing = 0;
        for (var i = 0; i < Width * Height; i++)
        {
            var worst = 0;
            for (var k = 0; k < 3; k++) worst = Math.Max(worst, Math.Abs(Rgb[(i * 3) + k] - other.Rgb[(i * 3) + k]));
            if (worst > channelTolerance) differing++;
        }
        return differing;
    }
}
