using System.Buffers.Binary;
using System.Security.Cryptography;

namespace Ews.ImGroups.Domain.Ids;

/// <summary>
/// Turns item keys into opaque base64 ids and back. Each id carries a MAC made with the store's own key, so a client
/// can echo ids but not make them: changing the mailbox or item in an id breaks it. The layout is private to this
/// class; clients only compare and echo the strings, as they do with Exchange's.
/// </summary>
public sealed class ItemIdCodec : IDisposable
{
    public const int KeyLength = 32;

    private const byte FormatVersion = 0x02;
    private const int BodyLength = 18;
    private const int MacLength = 8;
    private const int IdLength = BodyLength + MacLength;
    private const int EncodedIdLength = 36;

    // A new item's change key is the 4-byte class marker Exchange shows for it (EgAAAA== for a group, EQAAAA== for a
    // contact); later versions follow the marker.
    private const byte GroupChangeKeyMarker = 0x12;
    private const byte ContactChangeKeyMarker = 0x11;

    /// <summary>Sets what a mailbox GUID is made from apart from every item id's body.</summary>
    private const byte MailboxGuidMarker = 0x4D;

    /// <summary>
    /// How many issued ids are kept: enough for the ids of a few lists of a thousand personas, at a few megabytes at
    /// most. A power of two, so a key's hash picks its slot with a mask.
    /// </summary>
    private const int IssuedIdSlots = 1 << 15;

    /// <summary>Change keys of the versions most items never leave, made once.</summary>
    private const int KnownChangeKeyVersions = 64;

    private static readonly string[] GroupChangeKeys = ChangeKeys(ItemKind.Group);
    private static readonly string[] ContactChangeKeys = ChangeKeys(ItemKind.Contact);

    /// <summary>
    /// One keyed MAC per thread: setting the key up is half the cost of a one-shot MAC, and a list of a thousand
    /// personas carries three thousand ids.
    /// </summary>
    private readonly ThreadLocal<IncrementalHash> macs;

    /// <summary>
    /// Ids already issued. An id never changes for an item, and signing it is the main cost of a large read, so each
    /// is made once while it stays here. A slot holds one key and its id, and a new id for a key of the same slot
    /// replaces it: readers take no lock, the memory is bounded, and a reader that loses a race only signs again.
    /// </summary>
    private readonly IssuedId?[] issued = new IssuedId?[IssuedIdSlots];

    private bool disposed;

    public ItemIdCodec(ReadOnlySpan<byte> key)
    {
        if (key.Length != KeyLength)
        {
            throw new ArgumentException($"The id key must be {KeyLength} bytes.", nameof(key));
        }

        var copy = key.ToArray();
        macs = new ThreadLocal<IncrementalHash>(() => IncrementalHash.CreateHMAC(HashAlgorithmName.SHA256, copy), trackAllValues: true);
    }

    /// <summary>Frees the MACs; safe to call again, as the codec may have more than one owner.</summary>
    public void Dispose()
    {
        if (disposed)
        {
            return;
        }

        disposed = true;
        foreach (var mac in macs.Values)
        {
            mac.Dispose();
        }

        macs.Dispose();
    }

    public string EncodeId(ItemKey item)
    {
        var slot = HashCode.Combine(item.Kind, item.MailboxId, item.ItemNumber) & (IssuedIdSlots - 1);
        if (Volatile.Read(ref issued[slot]) is { } known && known.Key == item)
        {
            return known.Id;
        }

        var id = MakeId(item);
        Volatile.Write(ref issued[slot], new IssuedId(item, id));
        return id;
    }

    private string MakeId(ItemKey item)
    {
        Span<byte> bytes = stackalloc byte[IdLength];
        bytes[0] = FormatVersion;
        bytes[1] = (byte)item.Kind;
        BinaryPrimitives.WriteInt64LittleEndian(bytes[2..], item.MailboxId);
        BinaryPrimitives.WriteInt64LittleEndian(bytes[10..], item.ItemNumber);
        Sign(bytes[..BodyLength], bytes[BodyLength..]);
        return Convert.ToBase64String(bytes);
    }

    public IdDecodeStatus TryDecodeId(string? id, out ItemKey item)
    {
        item = default;
        if (string.IsNullOrEmpty(id))
        {
            return IdDecodeStatus.Empty;
        }

        // Base64 decoding skips white space; an id with any is not one this server issued.
        Span<byte> bytes = stackalloc byte[IdLength];
        if (id.Length != EncodedIdLength || !Convert.TryFromBase64String(id, bytes, out var written) || written != IdLength || bytes[0] != FormatVersion)
        {
            return IdDecodeStatus.Malformed;
        }

        Span<byte> mac = stackalloc byte[MacLength];
        Sign(bytes[..BodyLength], mac);
        var kind = (ItemKind)bytes[1];
        if (!CryptographicOperations.FixedTimeEquals(mac, bytes[BodyLength..]) || !Enum.IsDefined(kind))
        {
            return IdDecodeStatus.Malformed;
        }

        var mailboxId = BinaryPrimitives.ReadInt64LittleEndian(bytes[2..]);
        var itemNumber = BinaryPrimitives.ReadInt64LittleEndian(bytes[10..]);
        if (mailboxId <= 0 || itemNumber <= 0)
        {
            return IdDecodeStatus.Malformed;
        }

        item = new ItemKey(kind, mailboxId, itemNumber);
        return IdDecodeStatus.Ok;
    }

    /// <summary>
    /// The GUID Exchange would give the mailbox: derived from the key and the mailbox's number, so it is stable for as
    /// long as its ids are, and names nothing else.
    /// </summary>
    public Guid MailboxGuid(long mailboxId)
    {
        Span<byte> body = stackalloc byte[BodyLength];
        body.Clear();
        body[0] = FormatVersion;
        body[1] = MailboxGuidMarker;
        BinaryPrimitives.WriteInt64LittleEndian(body[2..], mailboxId);
        Span<byte> full = stackalloc byte[HMACSHA256.HashSizeInBytes];
        var hmac = macs.Value!;
        hmac.AppendData(body);
        hmac.GetHashAndReset(full);

        // An RFC 9562 version 8 (custom) GUID, so it reads as a well-formed one.
        full[6] = (byte)((full[6] & 0x0F) | 0x80);
        full[8] = (byte)((full[8] & 0x3F) | 0x80);
        return new Guid(full[..16], bigEndian: true);
    }

    public static string EncodeChangeKey(ItemKind kind, int version) =>
        version is >= 0 and < KnownChangeKeyVersions
            ? (kind == ItemKind.Group ? GroupChangeKeys : ContactChangeKeys)[version]
            : MakeChangeKey(kind, version);

    private static string[] ChangeKeys(ItemKind kind) =>
        Enumerable.Range(0, KnownChangeKeyVersions).Select(version => MakeChangeKey(kind, version)).ToArray();

    private static string MakeChangeKey(ItemKind kind, int version)
    {
        Span<byte> bytes = stackalloc byte[8];
        bytes.Clear();
        bytes[0] = kind == ItemKind.Group ? GroupChangeKeyMarker : ContactChangeKeyMarker;
        BinaryPrimitives.WriteInt32LittleEndian(bytes[4..], version);
        return Convert.ToBase64String(version == 0 ? bytes[..4] : bytes);
    }

    private void Sign(ReadOnlySpan<byte> body, Span<byte> mac)
    {
        Span<byte> full = stackalloc byte[HMACSHA256.HashSizeInBytes];
        var hmac = macs.Value!;
        hmac.AppendData(body);
        hmac.GetHashAndReset(full);
        full[..MacLength].CopyTo(mac);
    }

    private sealed record IssuedId(ItemKey Key, string Id);
}
