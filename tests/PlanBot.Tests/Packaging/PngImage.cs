using System.Buffers.Binary;
using System.IO.Compression;
using System.Text;

namespace PlanBot.Tests.Packaging;

/// <summary>
/// A minimal PNG reader for checking our icons (System.Drawing does not run on Linux): 8-bit RGB or RGBA, not interlaced,
/// all five scanline filters. Anything else is refused loudly rather than misread.
/// </summary>
internal sealed class PngImage
{
    private static readonly byte[] Signature = [0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A];

    private readonly byte[] _rgba;

    private PngImage(int width, int height, int colorType, byte[] rgba)
    {
        Width = width;
        Height = height;
        ColorType = colorType;
        _rgba = rgba;
    }

    public int Width { get; }

    public int Height { get; }

    /// <summary>PNG colour type: 2 = RGB, 6 = RGBA.</summary>
    public int ColorType { get; }

    public bool HasAlphaChannel => ColorType == 6;

    public (byte R, byte G, byte B, byte A) Pixel(int x, int y)
    {
        var i = ((y * Width) + x) * 4;
        return (_rgba[i], _rgba[i + 1], _rgba[i + 2], _rgba[i + 3]);
    }

    public IEnumerable<(byte R, byte G, byte B, byte A)> Pixels()
    {
        for (var y = 0; y < Height; y++)
        {
            for (var x = 0; x < Width; x++)
            {
                yield return Pixel(x, y);
            }
        }
    }

    public static PngImage Decode(byte[] png)
    {
        if (png.Length < Signature.Length || !png.AsSpan(0, Signature.Length).SequenceEqual(Signature))
        {
            throw new InvalidDataException("Not a PNG file (bad signature).");
        }

        int width = 0, height = 0, colorType = -1;
        using var idat = new MemoryStream();
        var offset = Signature.Length;
        while (offset + 8 <= png.Length)
        {
            var length = BinaryPrimitives.ReadInt32BigEndian(png.AsSpan(offset));
            var type = Encoding.ASCII.GetString(png, offset + 4, 4);
            var data = png.AsSpan(offset + 8, length);
            switch (type)
            {
                case "IHDR":
                    width = BinaryPrimitives.ReadInt32BigEndian(data);
                    height = BinaryPrimitives.ReadInt32BigEndian(data[4..]);
                    var bitDepth = data[8];
                    colorType = data[9];
                    var interlace = data[12];
                    if (bitDepth != 8 || (colorType != 2 && colorType != 6) || interlace != 0)
                    {
                        throw new NotSupportedException($"PNG bit depth {bitDepth}, colour type {colorType}, interlace {interlace} is not supported.");
                    }

                    break;
                case "IDAT":
                    idat.Write(data);
                    break;
                case "IEND":
                    return new PngImage(width, height, colorType, Unfilter(idat.ToArray(), width, height, colorType == 6 ? 4 : 3));
            }

            offset += 12 + length;
        }

        throw new InvalidDataException("PNG has no IEND chunk.");
    }

    private static byte[] Unfilter(byte[] compressed, int width, int height, int bytesPerPixel)
    {
        using var inflated = new MemoryStream();
        using (var zlib = new ZLibStream(new MemoryStream(compressed), CompressionMode.Decompress))
        {
            zlib.CopyTo(inflated);
        }

        var raw = inflated.ToArray();
        var stride = width * bytesPerPixel;
        if (raw.Length != height * (stride + 1))
        {
            throw new InvalidDataException($"PNG image data is {raw.Length} bytes; expected {height * (stride + 1)}.");
        }

        var current = new byte[stride];
        var previous = new byte[stride];
        var rgba = new byte[width * height * 4];
        for (var y = 0; y < height; y++)
        {
            var filter = raw[y * (stride + 1)];
            var line = raw.AsSpan((y * (stride + 1)) + 1, stride);
            for (var i = 0; i < stride; i++)
            {
                int left = i >= bytesPerPixel ? current[i - bytesPerPixel] : 0;
                int up = previous[i];
                int upLeft = i >= bytesPerPixel ? previous[i - bytesPerPixel] : 0;
                var predictor = filter switch
                {
                    0 => 0,
                    1 => left,
                    2 => up,
                    3 => (left + up) / 2,
                    4 => Paeth(left, up, upLeft),
                    _ => throw new InvalidDataException($"Unknown PNG filter {filter}."),
                };
                current[i] = (byte)(line[i] + predictor);
            }

            for (var x = 0; x < width; x++)
            {
                var target = ((y * width) + x) * 4;
                var source = x * bytesPerPixel;
                rgba[target] = current[source];
                rgba[target + 1] = current[source + 1];
                rgba[target + 2] = current[source + 2];
                rgba[target + 3] = bytesPerPixel == 4 ? current[source + 3] : (byte)255;
            }

            (previous, current) = (current, previous);
        }

        return rgba;
    }

    private static int Paeth(int a, int b, int c)
    {
        var p = a + b - c;
        var pa = Math.Abs(p - a);
        var pb = Math.Abs(p - b);
        var pc = Math.Abs(p - c);
        return pa <= pb && pa <= pc ? a : pb <= pc ? b : c;
    }
}
