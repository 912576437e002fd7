using System.Buffers.Binary;

namespace Ews.ImGroups.Domain.Ids;

/// <summary>
/// Turns item keys into opaque base64 ids and change keys, and back. The layout is private to this class:
/// clients only ever compare and echo the strings, as they do with Exchange's.
/// </summary>
public static class ItemIdCodec
{
    private const byte FormatVersion = 0x01;
    private const int IdLength = 18;
    private const int EncodedIdLength = 24;
    // A new item's change key is the 4-byte class marker Exchange shows for it (EgAAAA== for a group, EQAAAA== for a
    // contact); later versions follow the marker.
    private const byte GroupChangeKeyMarker = 0x12;
    private const byte ContactChangeKeyMarker = 0x11;

    public static string EncodeId(ItemKey key)
    {
        Span<byte> bytes = stackalloc byte[IdLength];
        bytes[0] = FormatVersion;
        bytes[1] = (byte)key.Kind;
        BinaryPrimitives.WriteInt64LittleEndian(bytes[2..], key.MailboxId);
        BinaryPrimitives.WriteInt64LittleEndian(bytes[10..], key.ItemNumber);
        return Convert.ToBase64String(bytes);
    }

    public static IdDecodeStatus TryDecodeId(string? id, out ItemKey key)
    {
        key = default;
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

        var kind = (ItemKind)bytes[1];
        if (!Enum.IsDefined(kind))
        {
            return IdDecodeStatus.Malformed;
        }

        var mailboxId = BinaryPrimitives.ReadInt64LittleEndian(bytes[2..]);
        var itemNumber = BinaryPrimitives.ReadInt64LittleEndian(bytes[10..]);
        if (mailboxId <= 0 || itemNumber <= 0)
        {
            return IdDecodeStatus.Malformed;
        }

        key = new ItemKey(kind, mailboxId, itemNumber);
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
}
