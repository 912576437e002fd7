using System.Buffers.Binary;
using System.Security.Cryptography;
using System.Text;

namespace Ews.ImGroups.Host.Tests.Soap.Gate.HostileInput;

/// <summary>
/// Forgeries derived from a real id, named in corpus files as <c>{{aliceTarget:truncated}}</c>. They edit the id's
/// bytes where this server keeps its fields (byte 0 format, 1 kind, 2–9 mailbox, 10–17 item number, then the
/// signature), which is what an attacker who studied the ids would do.
/// </summary>
public static class ForgedIds
{
    public static string Apply(string id, string forgery) => forgery switch
    {
        "truncated" => id[..^1],
        "innerSpace" => id.Insert(8, " "),
        // Written into an attribute as a character reference, so attribute normalization keeps the newline.
        "newline" => id.Insert(12, "&#10;"),
        "lower" => id.ToLowerInvariant(),
        "random" => Convert.ToBase64String(SHA256.HashData(Encoding.UTF8.GetBytes("hostile " + id))[..Convert.FromBase64String(id).Length]),
        "mailbox2" => Edit(id, bytes => BinaryPrimitives.WriteInt64LittleEndian(bytes.AsSpan(2), 2)),
        "kindContact" => Edit(id, bytes => bytes[1] = (byte)'C'),
        "kindUnknown" => Edit(id, bytes => bytes[1] = (byte)'X'),
        "itemMax" => Edit(id, bytes => BinaryPrimitives.WriteInt64LittleEndian(bytes.AsSpan(10), long.MaxValue)),
        "lastByteFlipped" => Edit(id, bytes => bytes[^1] ^= 0x01),
        "unsigned" => Convert.ToBase64String([0x01, .. Convert.FromBase64String(id).AsSpan(1, 17)]),
        _ => throw new ArgumentException($"Unknown forgery '{forgery}'.", nameof(forgery)),
    };

    /// <summary>The id with another item number, its signature left as it was.</summary>
    public static string WithItemNumber(string id, long itemNumber) =>
        Edit(id, bytes => BinaryPrimitives.WriteInt64LittleEndian(bytes.AsSpan(10), itemNumber));

    private static string Edit(string id, Action<byte[]> edit)
    {
        var bytes = Convert.FromBase64String(id);
        edit(bytes);
        return Convert.ToBase64String(bytes);
    }
}
