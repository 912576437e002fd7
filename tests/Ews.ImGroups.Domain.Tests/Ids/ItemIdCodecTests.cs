using Ews.ImGroups.Domain.Ids;

namespace Ews.ImGroups.Domain.Tests.Ids;

public class ItemIdCodecTests
{
    private static readonly ItemIdCodec Codec = new(Enumerable.Range(0, ItemIdCodec.KeyLength).Select(i => (byte)i).ToArray());
    private static readonly ItemKey SampleKey = new(ItemKind.Group, 7, 42);

    [Theory]
    [InlineData(ItemKind.Group, 1L, 1L)]
    [InlineData(ItemKind.Contact, 1L, 1L)]
    [InlineData(ItemKind.Persona, 12345L, 987654321L)]
    [InlineData(ItemKind.Contact, long.MaxValue, long.MaxValue)]
    public void TryDecodeId_EncodedKey_ReturnsSameKey(ItemKind kind, long mailboxId, long itemNumber)
    {
        var key = new ItemKey(kind, mailboxId, itemNumber);

        Codec.TryDecodeId(Codec.EncodeId(key), out var decoded).Should().Be(IdDecodeStatus.Ok);

        decoded.Should().Be(key);
    }

    [Fact]
    public void EncodeId_SameKeyTwice_ReturnsSameBase64String()
    {
        var id = Codec.EncodeId(SampleKey);

        id.Should().Be(Codec.EncodeId(SampleKey with { }));
        Convert.FromBase64String(id).Should().HaveCount(26);
    }

    [Fact]
    public void EncodeId_KeysDifferingOnlyInKind_ReturnDifferentStrings()
    {
        Codec.EncodeId(SampleKey).Should().NotBe(Codec.EncodeId(SampleKey with { Kind = ItemKind.Contact }));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    public void TryDecodeId_NullOrEmpty_ReturnsEmpty(string? id)
    {
        Codec.TryDecodeId(id, out var key).Should().Be(IdDecodeStatus.Empty);
        key.Should().Be(default(ItemKey));
    }

    [Theory]
    [InlineData("not base64!")]
    [InlineData("AQ")]
    [InlineData("                                    ")]
    [InlineData("AAMkAGQ1MjJjMTBkLTc4Y2AA=")]
    public void TryDecodeId_NotAnIdOfThisServer_ReturnsMalformed(string id)
    {
        Codec.TryDecodeId(id, out var key).Should().Be(IdDecodeStatus.Malformed);
        key.Should().Be(default(ItemKey));
    }

    [Fact]
    public void TryDecodeId_WhiteSpaceInsideAValidId_ReturnsMalformed()
    {
        var id = Codec.EncodeId(SampleKey);

        Codec.TryDecodeId(id[..10] + " " + id[11..], out _).Should().Be(IdDecodeStatus.Malformed);
        Codec.TryDecodeId(" " + id, out _).Should().Be(IdDecodeStatus.Malformed);
    }

    [Fact]
    public void TryDecodeId_AnyChangedByte_ReturnsMalformed()
    {
        var bytes = Convert.FromBase64String(Codec.EncodeId(SampleKey));

        for (var i = 0; i < bytes.Length; i++)
        {
            var forged = (byte[])bytes.Clone();
            forged[i] ^= 0x01;
            Codec.TryDecodeId(Convert.ToBase64String(forged), out _).Should().Be(IdDecodeStatus.Malformed, $"byte {i} was changed");
        }
    }

    [Fact]
    public void TryDecodeId_IdOfAnotherStoresKey_ReturnsMalformed()
    {
        var other = new ItemIdCodec(new byte[ItemIdCodec.KeyLength]);

        Codec.TryDecodeId(other.EncodeId(SampleKey), out _).Should().Be(IdDecodeStatus.Malformed);
    }

    [Theory]
    [InlineData(0L, 1L)]
    [InlineData(1L, 0L)]
    [InlineData(-1L, 1L)]
    public void TryDecodeId_NonPositiveNumbers_ReturnsMalformed(long mailboxId, long itemNumber)
    {
        var id = Codec.EncodeId(new ItemKey(ItemKind.Contact, mailboxId, itemNumber));

        Codec.TryDecodeId(id, out _).Should().Be(IdDecodeStatus.Malformed);
    }

    [Fact]
    public void Constructor_KeyOfTheWrongLength_Throws()
    {
        var create = () => new ItemIdCodec(new byte[16]);

        create.Should().Throw<ArgumentException>();
    }

    [Fact]
    public void Dispose_CalledByEachOwner_FreesOnceAndDoesNotThrow()
    {
        var codec = new ItemIdCodec(new byte[ItemIdCodec.KeyLength]);
        codec.EncodeId(new ItemKey(ItemKind.Group, 1, 1));

        codec.Dispose();
        var again = () => codec.Dispose();

        again.Should().NotThrow();
    }

    [Fact]
    public void EncodeChangeKey_NewItems_AreTheReferenceValues()
    {
        ItemIdCodec.EncodeChangeKey(ItemKind.Group, 0).Should().Be("EgAAAA==");
        ItemIdCodec.EncodeChangeKey(ItemKind.Contact, 0).Should().Be("EQAAAA==");
    }

    [Fact]
    public void EncodeChangeKey_DifferentVersions_ReturnDifferentStrings()
    {
        var keys = new[] { 0, 1, 2, 255, 256, int.MaxValue }.Select(v => ItemIdCodec.EncodeChangeKey(ItemKind.Group, v)).ToList();

        keys.Should().OnlyHaveUniqueItems();
    }
}
