using System.Text;
using System.Text.RegularExpressions;

namespace Ews.ImGroups.Host.Soap.Gate;

/// <summary>
/// Finds the encoding an XML request is in, as an XML reader does: byte order mark, then the UTF-16 pattern of
/// <c>&lt;?</c>, then the declaration's <c>encoding</c>. SoapCore reads every body as UTF-8, so the gate hands it
/// the text it validated, transcoded, whenever the request came in another encoding.
/// </summary>
public static partial class BodyEncoding
{
    public static Encoding Detect(ReadOnlySpan<byte> body)
    {
        if (body.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
        {
            return Encoding.UTF8;
        }

        if (body.StartsWith((ReadOnlySpan<byte>)[0x00, 0x00, 0xFE, 0xFF]) || body.StartsWith((ReadOnlySpan<byte>)[0x00, 0x00, 0x00, 0x3C]))
        {
            return new UTF32Encoding(bigEndian: true, byteOrderMark: true);
        }

        if (body.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE, 0x00, 0x00]) || body.StartsWith((ReadOnlySpan<byte>)[0x3C, 0x00, 0x00, 0x00]))
        {
            return Encoding.UTF32;
        }

        if (body.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]) || body.StartsWith((ReadOnlySpan<byte>)[0x3C, 0x00, 0x3F, 0x00]))
        {
            return Encoding.Unicode;
        }

        if (body.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]) || body.StartsWith((ReadOnlySpan<byte>)[0x00, 0x3C, 0x00, 0x3F]))
        {
            return Encoding.BigEndianUnicode;
        }

        // Only the XML declaration itself names the encoding: it starts the document and ends at the first "?>".
        var end = body.IndexOf("?>"u8);
        if (!body.StartsWith("<?xml"u8) || end < 0)
        {
            return Encoding.UTF8;
        }

        var declared = DeclaredEncoding().Match(Encoding.ASCII.GetString(body[..end]));
        if (!declared.Success)
        {
            return Encoding.UTF8;
        }

        try
        {
            // The XML reader takes US-ASCII as UTF-8, of which it is a part; so must the transcoding.
            var encoding = Encoding.GetEncoding(declared.Groups["name"].Value);
            return encoding.CodePage == Encoding.ASCII.CodePage ? Encoding.UTF8 : encoding;
        }
        catch (Exception e) when (e is ArgumentException or NotSupportedException)
        {
            return Encoding.UTF8;
        }
    }

    /// <summary>The body as UTF-8, or null when it already is.</summary>
    public static byte[]? ToUtf8(ReadOnlySpan<byte> body)
    {
        var encoding = Detect(body);
        if (encoding.CodePage == Encoding.UTF8.CodePage)
        {
            return null;
        }

        var preamble = encoding.Preamble;
        var text = encoding.GetString(body.StartsWith(preamble) ? body[preamble.Length..] : body);
        return Encoding.UTF8.GetBytes(text);
    }

    [GeneratedRegex("""^<\?xml\s.*\sencoding\s*=\s*["'](?<name>[A-Za-z0-9._\-]+)["']""", RegexOptions.CultureInvariant | RegexOptions.Singleline)]
    private static partial Regex DeclaredEncoding();
}
