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

    [Theory]
    [InlineData(ItemKind.Group, 5, "EgAAAAUAAAA=")]
    [InlineData(ItemKind.Contact, 63, "EQAAAD8AAAA=")]
    [InlineData(ItemKind.Contact, 64, "EQAAAEAAAAA=")]
    [InlineData(ItemKind.Group, 1000, "EgAAAOgDAAA=")]
    public void EncodeChangeKey_is_the_marker_then_the_version_for_recent_and_old_versions_alike(ItemKind kind, int version, string expected)
    {
        ItemIdCodec.EncodeChangeKey(kind, version).Should().Be(expected);
    }

    [Fact]
    public void EncodeId_key_seen_before_returns_the_id_already_issued()
    {
        using var codec = new ItemIdCodec(TestKey);

        var first = codec.EncodeId(SampleKey);

        codec.EncodeId(SampleKey with { }).Should().BeSameAs(first, "an id is signed once and then reused");
    }

    [Fact]
    public void EncodeId_more_keys_than_it_keeps_each_get_their_own_id_on_every_call()
    {
        using var codec = new ItemIdCodec(TestKey);
        using var reference = new ItemIdCodec(TestKey);
        var keys = ManyKeys().ToList();

        var firstPass = keys.Select(codec.EncodeId).ToList();
        var secondPass = keys.Select(codec.EncodeId).ToList();

        secondPass.Should().Equal(firstPass);
        firstPass.Should().OnlyHaveUniqueItems();
        keys.Select(reference.EncodeId).Should().Equal(firstPass, "keeping ids does not change them");
        for (var i = 0; i < keys.Count; i += 97)
        {
            codec.TryDecodeId(firstPass[i], out var decoded).Should().Be(IdDecodeStatus.Ok);
            decoded.Should().Be(keys[i]);
        }
    }

    [Fact]
    public void EncodeId_from_many_threads_at_once_returns_each_keys_own_id()
    {
        using var codec = new ItemIdCodec(TestKey);
        using var reference = new ItemIdCodec(TestKey);
        var keys = ManyKeys().Take(20_000).ToList();
        var expected = keys.Select(reference.EncodeId).ToList();
        var wrong = 0;

        Parallel.For(0, 8, new ParallelOptions { MaxDegreeOfParallelism = 8 }, worker =>
        {
            // Each worker walks the keys from its own starting point, so workers race for the same slots.
            for (var n = 0; n < keys.Count * 2; n++)
            {
                var i = (n + (worker * 2_500)) % keys.Count;
                if (codec.EncodeId(keys[i]) != expected[i])
                {
                    Interlocked.Increment(ref wrong);
                }
            }
        });

        wrong.Should().Be(0);
    }

    private static byte[] TestKey => Enumerable.Range(0, ItemIdCodec.KeyLength).Select(i => (byte)(i * 3)).ToArray();

    /// <summary>More keys than the codec keeps ids for, across kinds, mailboxes and rows.</summary>
    private static IEnumerable<ItemKey> ManyKeys() =>
        from mailbox in Enumerable.Range(1, 50)
        from kind in new[] { ItemKind.Group, ItemKind.Contact, ItemKind.Persona }
        from row in Enumerable.Range(1, 800)
        select new ItemKey(kind, mailbox, row);
}
