using System.Net;
using System.Text;
using Ews.ImGroups.Host.Tests.Infrastructure;

namespace Ews.ImGroups.Host.Tests.Soap.Gate.HostileInput;

/// <summary>
/// Entries whose bodies are built in code: too large to keep as files, or made of bytes a text file cannot hold
/// faithfully (invalid UTF-8, UTF-16, byte order marks, control characters).
/// </summary>
public static class GeneratedEntries
{
    private const string Schema = CorpusEntry.SchemaValidation;
    private const string Dtd = "DTD is prohibited";
    private const string TooDeepOrTooMany = "deeper than 32 levels or holds more than 20000 elements";
    private const string TooLarge = "bytes this server accepts";
    private const string NameTaken = "ErrorImGroupDisplayNameAlreadyExists";
    private const string HeaderNamespace = "urn:hostile";


    public static IReadOnlyList<CorpusEntry> All { get; } =
    [
        .. EntityExpansion(), .. DeepNesting(), .. ManyElements(), .. Oversize(), .. HugeValues(),
        .. Encodings(), .. ControlCharacters(), .. EmptyBodies(),
    ];

    private static IEnumerable<CorpusEntry> EntityExpansion()
    {
        const string category = "entity-expansion";
        yield return Fault("billion-laughs", category, "Ten levels of ten references: a kilobyte that expands to 10^9 'lol's.",
            Utf8(WithDtd(LaughEntities(10), Requests.AddImGroup("&lol9;"))), Schema, Dtd);
        yield return Fault("billion-laughs-in-attribute", category, "The same expansion referenced from an attribute value.",
            Utf8(c => WithDtd(LaughEntities(10), Requests.AddImContactToGroup("&lol9;", c[CorpusIds.AliceTarget]))), Schema, Dtd);
        yield return Fault("billion-laughs-parameter-entities", category, "The expansion built from parameter entities inside the DTD itself.",
            Utf8(WithDtd(ParameterLaughs(10), NoOp())), Schema, Dtd);
        yield return Fault("quadratic-blowup-within-limit", category,
            "A 40 KB entity referenced 20,000 times (800 MB expanded) in a body under the size limit: refused for its DTD, not its size.",
            Utf8(WithDtd($"<!ENTITY a \"{new string('a', 40_000)}\">", Requests.AddImGroup(Repeat("&a;", 20_000)))), Schema, Dtd);
        yield return Fault("quadratic-blowup-over-limit", category, "A 100 KB entity referenced a million times: over the size limit before any DTD is seen.",
            Utf8(WithDtd($"<!ENTITY a \"{new string('a', 100_000)}\">", Requests.AddImGroup(Repeat("&a;", 1_000_000)))), Schema, TooLarge);
    }

    private static IEnumerable<CorpusEntry> DeepNesting()
    {
        const string category = "deep-nesting";
        yield return Answer("header-depth-31-accepted", category,
            "The deepest element the gate allows (depth 31, the envelope being 0) in a header it passes over: the request runs.",
            Utf8(NoOpWithHeaders(NestedHeader(31))), "NoError");
        yield return Fault("header-depth-32-refused", category, "One level deeper than allowed.",
            Utf8(NoOpWithHeaders(NestedHeader(32))), Schema, TooDeepOrTooMany);
        yield return Fault("header-depth-5000", category, "5,000 levels in a header, as a stack-exhaustion attempt on the tree SoapCore builds.",
            Utf8(NoOpWithHeaders(NestedHeader(5_000))), Schema, TooDeepOrTooMany);
        yield return Fault("body-depth-5000-nested-operations", category, "5,000 AddImGroup elements nested in each other in the body.",
            Utf8(Requests.Envelope(Requests.ReferenceHeaders, Repeat("<m:AddImGroup>", 5_000) + Repeat("</m:AddImGroup>", 5_000))), Schema);
        yield return Fault("body-depth-5000-in-display-name", category, "5,000 nested elements where the display name's text belongs.",
            Utf8(Requests.AddImGroup(Repeat("<x>", 5_000) + Repeat("</x>", 5_000))), Schema);
    }

    private static IEnumerable<CorpusEntry> ManyElements()
    {
        const string category = "many-elements";
        yield return Fault("header-25000-empty-elements", category, "25,000 empty elements in a header: over the gate's 20,000.",
            Utf8(NoOpWithHeader($"<x:Many xmlns:x=\"{HeaderNamespace}\">{Repeat("<a/>", 25_000)}</x:Many>")), Schema, TooDeepOrTooMany);
        yield return Answer("header-19000-empty-elements", category, "19,000 empty elements: under the limit, passed over, and the request runs.",
            Utf8(NoOpWithHeader($"<x:Many xmlns:x=\"{HeaderNamespace}\">{Repeat("<a/>", 19_000)}</x:Many>")), "NoError");
        yield return Answer("header-5000-attributes", category, "One header element with 5,000 distinct attributes, for parsers that check duplicates pairwise.",
            Utf8(NoOpWithHeader($"<x:Wide xmlns:x=\"{HeaderNamespace}\" {string.Concat(Enumerable.Range(0, 5_000).Select(i => $"a{i}=\"\" "))}/>")), "NoError");
        yield return Fault("header-5000-duplicate-attributes", category, "5,000 attributes, the last a duplicate of the first: refused as malformed, however late.",
            Utf8(NoOpWithHeader($"<x:Wide xmlns:x=\"{HeaderNamespace}\" {string.Concat(Enumerable.Range(0, 5_000).Select(i => $"a{i}=\"\" "))}a0=\"\"/>")), Schema);
        yield return Answer("header-5000-namespace-declarations", category, "5,000 namespace declarations on one header element.",
            Utf8(NoOpWithHeader($"<x:Scoped xmlns:x=\"{HeaderNamespace}\" {string.Concat(Enumerable.Range(0, 5_000).Select(i => $"xmlns:p{i}=\"urn:p{i}\" "))}/>")), "NoError");
        // A thousand ids of about 70 bytes each stay under the size limit.
        yield return new CorpusEntry("generated/get-im-items-1000-forged-ids", category,
            "GetImItems with 1,000 of alice's ids with their item numbers changed: a large read that finds nothing.",
            Utf8(c => Requests.GetImItems(
                Enumerable.Range(1_000, 500).Select(i => ForgedIds.WithItemNumber(c[CorpusIds.AliceContactBob], i)),
                Enumerable.Range(1_000, 500).Select(i => ForgedIds.WithItemNumber(c[CorpusIds.AliceTarget], i)))))
        {
            ResponseCode = "NoError", Counts = new Dictionary<string, int> { ["ImGroup"] = 0, ["Persona"] = 0 },
        };
        yield return new CorpusEntry("generated/get-im-items-1000-copies-of-one-id", category,
            "GetImItems naming alice's group and contact 500 times each: the answer shows each item once, not 500 times.",
            Utf8(c => Requests.GetImItems(Enumerable.Repeat(c[CorpusIds.AliceContactBob], 500), Enumerable.Repeat(c[CorpusIds.AliceTarget], 500))))
        {
            ResponseCode = "NoError", Counts = new Dictionary<string, int> { ["ImGroup"] = 1, ["Persona"] = 1 },
        };
    }

    private static IEnumerable<CorpusEntry> Oversize()
    {
        const string category = "oversize";
        yield return Answer("exactly-at-limit", category, "A request padded to exactly the limit is read whole and runs.",
            c => Bytes(Padded(c.MaxRequestBytes)), "NoError");
        yield return Fault("one-byte-over-limit", category, "One byte more is refused.",
            c => Bytes(Padded(c.MaxRequestBytes + 1)), Schema, TooLarge);
        yield return Fault("ten-megabyte-display-name", category, "A 10 MB display name.",
            Utf8(Requests.AddImGroup(new string('N', 10 * 1024 * 1024))), Schema, TooLarge);
        yield return Fault("two-megabyte-attribute", category, "A 2 MB ChangeKey attribute.",
            Utf8(c => Requests.AddImContactToGroup(c[CorpusIds.AliceContactBob], c[CorpusIds.AliceTarget]).Replace(
                "ChangeKey=\"EQAAABYAAABtF8oI7i\"", $"ChangeKey=\"{new string('K', 2 * 1024 * 1024)}\"", StringComparison.Ordinal)), Schema, TooLarge);
        yield return Fault("twenty-megabytes-streamed-without-length", category,
            "20 MB sent chunked, with no Content-Length to refuse it by: the server must stop reading at its limit.",
            _ => new EndlessNameContent(20 * 1024 * 1024), Schema, TooLarge);
    }

    private static IEnumerable<CorpusEntry> HugeValues()
    {
        const string category = "huge-values";
        var big = new string('Z', 100_000);
        yield return Answer("hundred-kilobyte-id", category, "A 100 KB Id attribute: malformed, not a crash.",
            Utf8(c => Requests.AddImContactToGroup(big, c[CorpusIds.AliceTarget])), "ErrorInvalidIdMalformed");
        yield return Answer("hundred-kilobyte-change-key", category, "A 100 KB ChangeKey on a GetImItems id, which the server does not check: the read runs.",
            Utf8(c => Requests.GetImItems([c[CorpusIds.AliceContactBob]]).Replace("ChangeKey=\"EQAAAA==\"", $"ChangeKey=\"{big}\"", StringComparison.Ordinal)), "NoError");
        yield return Answer("hundred-kilobyte-new-display-name", category, "A 100 KB new name for bob's group: refused for the id.",
            Utf8(c => Requests.SetImGroup(c[CorpusIds.BobSecret], big)), "ErrorInvalidImGroupId");
        yield return Answer("hundred-kilobyte-distribution-group-name", category, "A 100 KB display name for a distribution group the directory does not have.",
            Utf8(Requests.AddDistributionGroupToImList("nobody@contoso.com", big)), "ErrorInvalidImDistributionGroupSmtpAddress");
        yield return Fault("hundred-kilobyte-version", category, "A 100 KB RequestServerVersion value.",
            Utf8(Requests.AddImGroup("x", Requests.Versioned(big))), Schema);
        yield return Fault("ninety-kilobyte-culture", category, "A 90 KB culture name that is still a valid xs:language.",
            Utf8(NoOpWithHeaders(Requests.VersionOnlyHeaders + $"\n      <t:MailboxCulture>en{Repeat("-abcdefgh", 10_000)}</t:MailboxCulture>")),
            "ErrorUnsupportedCulture");
        yield return Fault("hundred-kilobyte-impersonated-address", category,
            "A 100 KB address in e-mail form to impersonate: longer than any address, so no mailbox is provisioned for it.",
            Utf8(Requests.AddImGroup("x", Requests.Impersonating("PrimarySmtpAddress", big + "@contoso.com"))), "ErrorNonExistentMailbox");
    }

    private static IEnumerable<CorpusEntry> Encodings()
    {
        const string category = "encoding";
        // Alice has a group "Café": a body decoded exactly right collides with it, a body decoded wrongly would not.
        var cafe = Requests.AddImGroup("Café");
        yield return Answer("utf8-bom", category, "A UTF-8 byte order mark before the declaration.",
            _ => Bytes([.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(cafe)]), NameTaken);
        yield return Answer("utf16le-bom", category, "UTF-16 little-endian with its byte order mark and a matching declaration.",
            _ => Bytes(WithPreamble(Encoding.Unicode, Declared(cafe, "utf-16"))), NameTaken);
        yield return Answer("utf16be-bom", category, "UTF-16 big-endian with its byte order mark.",
            _ => Bytes(WithPreamble(Encoding.BigEndianUnicode, Declared(cafe, "utf-16"))), NameTaken);
        yield return Answer("utf16le-without-bom", category, "UTF-16 without a byte order mark, detected from the '<?' it starts with.",
            _ => Bytes(Encoding.Unicode.GetBytes(Declared(cafe, "utf-16"))), NameTaken);
        yield return Answer("utf32le-bom", category, "UTF-32 with its byte order mark.",
            _ => Bytes(WithPreamble(Encoding.UTF32, Declared(cafe, "utf-32"))), NameTaken);
        // Read as ISO-8859-1, as declared, these bodies name "Café" and collide. Their comment holds the bytes EF BF BE:
        // three harmless Latin-1 characters, but U+FFFE, which XML forbids, to a reader that decodes UTF-8 instead, so
        // any part of the server that misread the declared encoding would fail here.
        var latin1 = Encoding.Latin1.GetBytes(Declared(cafe, "ISO-8859-1").Replace("<soap:Header>", "<soap:Header><!-- \u00EF\u00BF\u00BE -->", StringComparison.Ordinal));
        yield return Answer("latin1-declared-under-utf8-charset", category, "ISO-8859-1 declared, sent with the usual charset=utf-8.",
            _ => Bytes(latin1), NameTaken);
        yield return Answer("latin1-declared-under-latin1-charset", category, "ISO-8859-1 declared, and named in the Content-Type too.",
            _ => Bytes(latin1), NameTaken) with { ContentType = "text/xml; charset=iso-8859-1" };
        yield return Fault("utf16-bom-declared-utf8", category, "UTF-16 bytes whose declaration claims UTF-8.",
            _ => Bytes(WithPreamble(Encoding.Unicode, cafe)), Schema);
        yield return Fault("utf8-declared-utf16", category, "UTF-8 bytes whose declaration claims UTF-16.",
            Utf8(Declared(cafe, "utf-16")), Schema);
        yield return Fault("unknown-encoding-declared", category, "An encoding name no one knows.",
            Utf8(Declared(cafe, "x-hostile-7")), Schema);
        yield return Fault("utf7-declared", category, "UTF-7, whose '+...-' escapes smuggle markup past byte-level filters; .NET no longer supports it.",
            _ => Bytes(Encoding.ASCII.GetBytes(Declared(Requests.AddImGroup("+ADw-script+AD4-"), "utf-7"))), Schema);
        yield return Fault("ebcdic-declared", category, "An EBCDIC code page declared on ASCII bytes.",
            Utf8(Declared(cafe, "IBM037")), Schema);
        yield return Answer("ascii-declared-with-high-bytes", category,
            "US-ASCII declared on a body holding the UTF-8 bytes of é: both readers take them as UTF-8, so the name collides.",
            Utf8(Declared(cafe, "us-ascii")), NameTaken);
        yield return Fault("double-bom", category, "Two UTF-8 byte order marks: the second is a character before the declaration.",
            _ => Bytes([.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(cafe)]), Schema);
        yield return Fault("invalid-utf8-lone-continuation-byte", category, "A continuation byte (0x80) with no lead byte.",
            _ => Bytes(Patched(Requests.AddImGroup("AB"), "AB"u8, [0x41, 0x80])), Schema, "Invalid character in the given encoding");
        yield return Fault("invalid-utf8-overlong-slash", category, "'/' as the overlong two-byte sequence C0 AF, a classic filter bypass.",
            _ => Bytes(Patched(Requests.AddImGroup("AB"), "AB"u8, [0xC0, 0xAF])), Schema, "Invalid character in the given encoding");
        yield return Fault("invalid-utf8-encoded-surrogate", category, "A UTF-16 surrogate (U+D800) encoded as UTF-8 bytes ED A0 80.",
            _ => Bytes(Patched(Requests.AddImGroup("ABC"), "ABC"u8, [0xED, 0xA0, 0x80])), Schema, "Invalid character in the given encoding");
        yield return Fault("invalid-utf8-truncated-sequence", category, "A three-byte sequence cut after two bytes, just before '<'.",
            _ => Bytes(Patched(Requests.AddImGroup("AB"), "AB"u8, [0xE2, 0x82])), Schema, "Invalid character in the given encoding");
        yield return Fault("invalid-utf8-ff-byte", category, "The byte 0xFF, which never occurs in UTF-8.",
            _ => Bytes(Patched(Requests.AddImGroup("AB"), "AB"u8, [0x41, 0xFF])), Schema, "Invalid character in the given encoding");
        yield return Fault("invalid-utf8-five-byte-sequence", category, "An obsolete five-byte sequence (F8 88 80 80 80).",
            _ => Bytes(Patched(Requests.AddImGroup("ABCDE"), "ABCDE"u8, [0xF8, 0x88, 0x80, 0x80, 0x80])), Schema, "Invalid character in the given encoding");
        yield return Fault("nul-byte-in-display-name", category, "A raw NUL byte, which XML cannot carry and C string handling would cut at.",
            _ => Bytes(Patched(Requests.AddImGroup("AB"), "AB"u8, [0x41, 0x00])), Schema);
    }

    private static IEnumerable<CorpusEntry> ControlCharacters()
    {
        const string category = "cdata";
        yield return Fault("cdata-raw-0x01", category, "A raw U+0001 inside CDATA: CDATA does not make forbidden characters allowed.",
            Utf8(Requests.AddImGroup("<![CDATA[A\u0001B]]>")), Schema, "\\u0001");
        yield return Fault("cdata-raw-0x1f", category, "A raw U+001F (unit separator) inside CDATA.",
            Utf8(Requests.AddImGroup("<![CDATA[A\u001FB]]>")), Schema, "\\u001F");
        yield return Fault("cdata-raw-fffe", category, "U+FFFE, a non-character XML forbids, inside CDATA.",
            Utf8(Requests.AddImGroup("<![CDATA[A\uFFFEB]]>")), Schema);
        yield return Fault("raw-vertical-tab", category, "A raw vertical tab (U+000B) in plain text.",
            Utf8(Requests.AddImGroup("A\u000BB")), Schema, "\\u000B");
        yield return Answer("cdata-del-and-c1-controls", category,
            "DEL and C1 controls are allowed by XML 1.0; aimed at a system group so the request is refused without storing them.",
            Utf8(c => Requests.SetImGroup(c[CorpusIds.AliceFavorites], "<![CDATA[\u007F\u0085\u009F]]>")), "ErrorInvalidOperation");
    }

    private static IEnumerable<CorpusEntry> EmptyBodies()
    {
        const string category = "empty";
        yield return Fault("empty-body", category, "No body at all.", _ => Bytes([]), Schema);
        yield return Fault("whitespace-body", category, "Only white space.", Utf8(" \r\n\t \n"), Schema);
        yield return Fault("declaration-only", category, "An XML declaration and nothing else.", Utf8("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n"), Schema);
        yield return Fault("bom-only", category, "A UTF-8 byte order mark and nothing else.", _ => Bytes(Encoding.UTF8.GetPreamble()), Schema);
    }

    private static CorpusEntry Fault(string name, string category, string why, Func<CorpusContext, HttpContent?> body, string code, string? violation = null) =>
        new($"generated/{name}", category, why, body) { Status = HttpStatusCode.InternalServerError, ResponseCode = code, Violation = violation };

    private static CorpusEntry Answer(string name, string category, string why, Func<CorpusContext, HttpContent?> body, string code) =>
        new($"generated/{name}", category, why, body) { ResponseCode = code };

    private static Func<CorpusContext, HttpContent?> Utf8(string text) => _ => Bytes(Encoding.UTF8.GetBytes(text));

    private static Func<CorpusContext, HttpContent?> Utf8(Func<CorpusContext, string> text) => c => Bytes(Encoding.UTF8.GetBytes(text(c)));

    private static ByteArrayContent Bytes(byte[] bytes)
    {
        var content = new ByteArrayContent(bytes);
        content.Headers.ContentType = null;
        return content;
    }

    private static string Repeat(string text, int count) => new StringBuilder(text.Length * count).Insert(0, text, count).ToString();

    /// <summary>Puts a DTD between the XML declaration and the envelope.</summary>
    private static string WithDtd(string declarations, string envelope) => envelope.Replace(
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n",
        $"<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<!DOCTYPE soap:Envelope [\n{declarations}\n]>\n",
        StringComparison.Ordinal);

    private static string LaughEntities(int levels) =>
        "<!ENTITY lol0 \"lol\">\n" + string.Join("\n", Enumerable.Range(1, levels - 1).Select(i =>
            $"<!ENTITY lol{i} \"{Repeat($"&lol{i - 1};", 10)}\">"));

    private static string ParameterLaughs(int levels) =>
        "<!ENTITY % pl0 \"lol\">\n" + string.Join("\n", Enumerable.Range(1, levels - 1).Select(i =>
            $"<!ENTITY % pl{i} \"{Repeat($"%pl{i - 1};", 10)}\">")) + $"\n<!ENTITY all \"%pl{levels - 1};\">";

    /// <summary>
    /// RequestServerVersion, then a header whose deepest element stands at <paramref name="depth"/>: the envelope is
    /// depth 0, the Header 1, the header entry 2.
    /// </summary>
    private static string NestedHeader(int depth) =>
        Requests.VersionOnlyHeaders + $"\n      <x:Deep xmlns:x=\"{HeaderNamespace}\">" + Repeat("<x:d>", depth - 2) + Repeat("</x:d>", depth - 2) + "</x:Deep>";

    /// <summary>
    /// A pure read. Entries that must get past the gate prove it by running this; a write that changes nothing (such as
    /// adding a member again) would still bump the mailbox's revision and so change the store.
    /// </summary>
    private static string NoOp() => Requests.GetImItemList();

    private static string NoOpWithHeader(string header) => NoOpWithHeaders(Requests.ReferenceHeaders + "\n      " + header);

    private static string NoOpWithHeaders(string headers) => Requests.GetImItemList(headers);

    /// <summary>The no-op request with a trailing comment that makes it exactly <paramref name="length"/> bytes.</summary>
    private static byte[] Padded(int length)
    {
        var body = NoOp() + "\n<!---->";
        var padding = length - Encoding.UTF8.GetByteCount(body);
        return Encoding.UTF8.GetBytes(body.Insert(body.Length - 3, new string('p', padding)));
    }

    /// <summary>The envelope with its XML declaration naming another encoding (the bytes are chosen by the caller).</summary>
    private static string Declared(string envelope, string encoding) =>
        envelope.Replace("encoding=\"UTF-8\"", $"encoding=\"{encoding}\"", StringComparison.Ordinal);

    private static byte[] WithPreamble(Encoding encoding, string text) => [.. encoding.GetPreamble(), .. encoding.GetBytes(text)];

    /// <summary>The UTF-8 bytes of <paramref name="text"/> with its first <paramref name="marker"/> replaced by raw bytes.</summary>
    private static byte[] Patched(string text, ReadOnlySpan<byte> marker, byte[] replacement)
    {
        var bytes = Encoding.UTF8.GetBytes(text);
        var at = bytes.AsSpan().IndexOf(marker);
        replacement.CopyTo(bytes, at);
        return bytes;
    }

    /// <summary>An AddImGroup request with a name of <c>size</c> bytes, written in chunks with no Content-Length.</summary>
    private sealed class EndlessNameContent(int size) : HttpContent
    {
        protected override async Task SerializeToStreamAsync(Stream stream, TransportContext? context)
        {
            var envelope = Requests.AddImGroup("{name}");
            var at = envelope.IndexOf("{name}", StringComparison.Ordinal);
            await stream.WriteAsync(Encoding.UTF8.GetBytes(envelope[..at]));
            var chunk = Encoding.UTF8.GetBytes(new string('S', 64 * 1024));
            for (var written = 0; written < size; written += chunk.Length)
            {
                await stream.WriteAsync(chunk);
            }

            await stream.WriteAsync(Encoding.UTF8.GetBytes(envelope[(at + "{name}".Length)..]));
        }

        protected override bool TryComputeLength(out long length)
        {
            length = 0;
            return false;
        }
    }
}
