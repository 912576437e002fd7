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

    /// <summary>
    /// One keyed MAC per thread: setting the key up is half the cost of a one-shot MAC, and a list of a thousand
    /// personas carries three thousand ids.
    /// </summary>
    private readonly ThreadLocal<IncrementalHash> macs;

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

    public static string EncodeChangeKey(ItemKind kind, int version)
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
}
