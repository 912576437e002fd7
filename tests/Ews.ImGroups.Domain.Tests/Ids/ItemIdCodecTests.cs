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
    public void TryDecodeId_encoded_key_returns_same_key(ItemKind kind, long mailboxId, long itemNumber)
    {
        var key = new ItemKey(kind, mailboxId, itemNumber);

        Codec.TryDecodeId(Codec.EncodeId(key), out var decoded).Should().Be(IdDecodeStatus.Ok);

        decoded.Should().Be(key);
    }

    [Fact]
    public void EncodeId_same_key_twice_returns_same_base64_string()
    {
        var id = Codec.EncodeId(SampleKey);

        id.Should().Be(Codec.EncodeId(SampleKey with { }));
        Convert.FromBase64String(id).Should().HaveCount(26);
    }

    [Fact]
    public void EncodeId_keys_differing_only_in_kind_return_different_strings()
    {
        Codec.EncodeId(SampleKey).Should().NotBe(Codec.EncodeId(SampleKey with { Kind = ItemKind.Contact }));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    public void TryDecodeId_null_or_empty_returns_empty(string? id)
    {
        Codec.TryDecodeId(id, out var key).Should().Be(IdDecodeStatus.Empty);
        key.Should().Be(default(ItemKey));
    }

    [Theory]
    [InlineData("not base64!")]
    [InlineData("AQ")]
    [InlineData("                                    ")]
    [InlineData("AAMkAGQ1MjJjMTBkLTc4Y2AA=")]
    public void TryDecodeId_not_an_id_of_this_server_returns_malformed(string id)
    {
        Codec.TryDecodeId(id, out var key).Should().Be(IdDecodeStatus.Malformed);
        key.Should().Be(default(ItemKey));
    }

    [Fact]
    public void TryDecodeId_white_space_inside_a_valid_id_returns_malformed()
    {
        var id = Codec.EncodeId(SampleKey);

        Codec.TryDecodeId(id[..10] + " " + id[11..], out _).Should().Be(IdDecodeStatus.Malformed);
        Codec.TryDecodeId(" " + id, out _).Should().Be(IdDecodeStatus.Malformed);
    }

    [Fact]
    public void TryDecodeId_any_changed_byte_returns_malformed()
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
    public void TryDecodeId_id_of_another_stores_key_returns_malformed()
    {
        var other = new ItemIdCodec(new byte[ItemIdCodec.KeyLength]);

        Codec.TryDecodeId(other.EncodeId(SampleKey), out _).Should().Be(IdDecodeStatus.Malformed);
    }

    [Theory]
    [InlineData(0L, 1L)]
    [InlineData(1L, 0L)]
    [InlineData(-1L, 1L)]
    public void TryDecodeId_non_positive_numbers_returns_malformed(long mailboxId, long itemNumber)
    {
        var id = Codec.EncodeId(new ItemKey(ItemKind.Contact, mailboxId, itemNumber));

        Codec.TryDecodeId(id, out _).Should().Be(IdDecodeStatus.Malformed);
    }

    [Fact]
    public void Constructor_key_of_the_wrong_length_throws()
    {
        var create = () => new ItemIdCodec(new byte[16]);

        create.Should().Throw<ArgumentException>();
    }

    [Fact]
    public void Dispose_called_by_each_owner_frees_once_and_does_not_throw()
    {
        var codec = new ItemIdCodec(new byte[ItemIdCodec.KeyLength]);
        codec.EncodeId(new ItemKey(ItemKind.Group, 1, 1));

        codec.Dispose();
        var again = () => codec.Dispose();

        again.Should().NotThrow();
    }

    [Fact]
    public void EncodeChangeKey_new_items_are_the_reference_values()
    {
        ItemIdCodec.EncodeChangeKey(ItemKind.Group, 0).Should().Be("EgAAAA==");
        ItemIdCodec.EncodeChangeKey(ItemKind.Contact, 0).Should().Be("EQAAAA==");
    }

    [Fact]
    public void EncodeChangeKey_different_versions_return_different_strings()
    {
        var keys = new[] { 0, 1, 2, 255, 256, int.MaxValue }.Select(v => ItemIdCodec.EncodeChangeKey(ItemKind.Group, v)).ToList();

        keys.Should().OnlyHaveUniqueItems();
    }
}
