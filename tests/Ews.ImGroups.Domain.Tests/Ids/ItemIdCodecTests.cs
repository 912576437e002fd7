using Ews.ImGroups.Domain.Ids;

namespace Ews.ImGroups.Domain.Tests.Ids;

public class ItemIdCodecTests
{
    private static readonly ItemKey SampleKey = new(ItemKind.Group, 7, 42);

    [Theory]
    [InlineData(ItemKind.Group, 1L, 1L)]
    [InlineData(ItemKind.Contact, 1L, 1L)]
    [InlineData(ItemKind.Group, 12345L, 987654321L)]
    [InlineData(ItemKind.Contact, long.MaxValue, long.MaxValue)]
    public void TryDecodeId_EncodedKey_ReturnsSameKey(ItemKind kind, long mailboxId, long itemNumber)
    {
        var key = new ItemKey(kind, mailboxId, itemNumber);

        var status = ItemIdCodec.TryDecodeId(ItemIdCodec.EncodeId(key), out var decoded);

        status.Should().Be(IdDecodeStatus.Ok);
        decoded.Should().Be(key);
    }

    [Fact]
    public void EncodeId_SameKeyTwice_ReturnsSameString()
    {
        ItemIdCodec.EncodeId(SampleKey).Should().Be(ItemIdCodec.EncodeId(SampleKey with { }));
    }

    [Fact]
    public void EncodeId_KeysDifferingOnlyInKind_ReturnDifferentStrings()
    {
        ItemIdCodec.EncodeId(SampleKey).Should().NotBe(ItemIdCodec.EncodeId(SampleKey with { Kind = ItemKind.Contact }));
    }

    [Fact]
    public void EncodeId_AnyKey_IsBase64()
    {
        var decode = () => Convert.FromBase64String(ItemIdCodec.EncodeId(SampleKey));

        decode.Should().NotThrow().Which.Should().NotBeEmpty();
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    public void TryDecodeId_NullOrEmpty_ReturnsEmpty(string? id)
    {
        ItemIdCodec.TryDecodeId(id, out var key).Should().Be(IdDecodeStatus.Empty);
        key.Should().Be(default(ItemKey));
    }

    [Theory]
    [InlineData("not base64!")]
    [InlineData("@@@@@@@@@@@@@@@@@@@@@@@@")]
    [InlineData("AQ")]
    [InlineData("AUMBAAAAAAAA AAEAAAAAAAAA")]
    [InlineData(" AUMBAAAAAAAAAAEAAAAAAAAA")]
    [InlineData("                        ")]
    public void TryDecodeId_NotBase64_ReturnsMalformed(string id)
    {
        ItemIdCodec.TryDecodeId(id, out var key).Should().Be(IdDecodeStatus.Malformed);
        key.Should().Be(default(ItemKey));
    }

    [Theory]
    [InlineData(1)]
    [InlineData(12)]
    [InlineData(17)]
    [InlineData(19)]
    [InlineData(36)]
    public void TryDecodeId_Base64OfWrongLength_ReturnsMalformed(int length)
    {
        // Start from a real id so only the length is wrong.
        var valid = Convert.FromBase64String(ItemIdCodec.EncodeId(SampleKey));
        var bytes = new byte[length];
        valid.AsSpan(0, Math.Min(length, valid.Length)).CopyTo(bytes);

        ItemIdCodec.TryDecodeId(Convert.ToBase64String(bytes), out _).Should().Be(IdDecodeStatus.Malformed);
    }

    [Theory]
    [InlineData(0x00)]
    [InlineData(0x02)]
    [InlineData(0xFF)]
    public void TryDecodeId_UnknownFormatVersion_ReturnsMalformed(byte version)
    {
        ItemIdCodec.TryDecodeId(WithByte(0, version), out _).Should().Be(IdDecodeStatus.Malformed);
    }

    [Theory]
    [InlineData(0x00)]
    [InlineData(0x44)]
    [InlineData(0x67)]
    public void TryDecodeId_UnknownKind_ReturnsMalformed(byte kind)
    {
        ItemIdCodec.TryDecodeId(WithByte(1, kind), out _).Should().Be(IdDecodeStatus.Malformed);
    }

    [Theory]
    [InlineData(0L, 1L)]
    [InlineData(-1L, 1L)]
    [InlineData(long.MinValue, 1L)]
    [InlineData(1L, 0L)]
    [InlineData(1L, -5L)]
    public void TryDecodeId_ZeroOrNegativeNumbers_ReturnsMalformed(long mailboxId, long itemNumber)
    {
        var id = ItemIdCodec.EncodeId(new ItemKey(ItemKind.Contact, mailboxId, itemNumber));

        ItemIdCodec.TryDecodeId(id, out var key).Should().Be(IdDecodeStatus.Malformed);
        key.Should().Be(default(ItemKey));
    }

    [Theory]
    [InlineData(ItemKind.Group, "EgAAAA==")]
    [InlineData(ItemKind.Contact, "EQAAAA==")]
    public void EncodeChangeKey_VersionZero_ReturnsExchangesFourByteMarker(ItemKind kind, string expected)
    {
        ItemIdCodec.EncodeChangeKey(kind, 0).Should().Be(expected);
    }

    [Theory]
    [InlineData(ItemKind.Group)]
    [InlineData(ItemKind.Contact)]
    public void EncodeChangeKey_DifferentVersions_ReturnDifferentBase64Strings(ItemKind kind)
    {
        var keys = new[] { 0, 1, 2, 255, 256, int.MaxValue }.Select(v => ItemIdCodec.EncodeChangeKey(kind, v)).ToList();

        keys.Should().OnlyHaveUniqueItems();
        keys.Should().AllSatisfy(k => Convert.FromBase64String(k).Should().NotBeEmpty());
    }

    [Theory]
    [InlineData(ItemKind.Group)]
    [InlineData(ItemKind.Contact)]
    public void EncodeChangeKey_LaterVersion_StartsWithTheKindsMarker(ItemKind kind)
    {
        var marker = Convert.FromBase64String(ItemIdCodec.EncodeChangeKey(kind, 0));

        var later = Convert.FromBase64String(ItemIdCodec.EncodeChangeKey(kind, 7));

        later.Should().HaveCountGreaterThan(marker.Length).And.StartWith(marker);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(42)]
    public void EncodeChangeKey_SameVersionOfGroupAndContact_Differ(int version)
    {
        ItemIdCodec.EncodeChangeKey(ItemKind.Group, version).Should().NotBe(ItemIdCodec.EncodeChangeKey(ItemKind.Contact, version));
    }

    [Fact]
    public void EncodeChangeKey_SameVersionTwice_ReturnsSameString()
    {
        ItemIdCodec.EncodeChangeKey(ItemKind.Group, 3).Should().Be(ItemIdCodec.EncodeChangeKey(ItemKind.Group, 3));
    }

    /// <summary>A valid id with one byte replaced; the byte positions are the codec's private layout.</summary>
    private static string WithByte(int index, byte value)
    {
        var bytes = Convert.FromBase64String(ItemIdCodec.EncodeId(SampleKey));
        bytes[index] = value;
        return Convert.ToBase64String(bytes);
    }
}
