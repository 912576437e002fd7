using Ews.ImGroups.Domain.Ids;
using Ews.ImGroups.Domain.Seeding;

namespace Ews.ImGroups.Storage.Tests;

internal static class TestSeeds
{
    public const string AliceSmtp = "alice@contoso.com";
    public const string AliceSid = "S-1-5-21-1004336348-1177238915-682003330-1001";
    public const string BobSmtp = "bob@contoso.com";
    public const string BobSid = "S-1-5-21-1004336348-1177238915-682003330-1002";

    public static SeedDocument AliceAndBob() => new(
    [
        new SeedMailbox(AliceSmtp, "Alice Anders", AliceSid,
        [
            new SeedContact("bob", "Bob Brown", "Bob", "Brown", "bob@contoso.com", "sip:bob@contoso.com"),
            new SeedContact("carol", "Carol Clark", "Carol", "Clark", "carol@fabrikam.com", "carol@fabrikam.com"),
            new SeedContact("dave-no-im", "Dave Diaz", "Dave", "Diaz", "dave@contoso.com", null),
        ]),
        new SeedMailbox(BobSmtp, "Bob Brown", BobSid,
        [
            new SeedContact("alice", "Alice Anders", "Alice", "Anders", "alice@contoso.com", "sip:alice@contoso.com"),
        ]),
    ],
    IdKey: IdKey);

    public const string SalesSmtp = "sales@contoso.com";

    /// <summary>Alice and Bob, and a directory with two distribution groups spelled as a person might type them.</summary>
    public static SeedDocument WithDistributionGroups() => AliceAndBob() with
    {
        DistributionGroups =
        [
            new SeedDistributionGroup("Sales@Contoso.com", "Sales"),
            new SeedDistributionGroup("support@contoso.com", "Support Team"),
        ],
    };

    /// <summary>The id key the test seeds pin, so every test store reads the same ids.</summary>
    public static readonly string IdKey = Convert.ToBase64String(Enumerable.Range(1, ItemIdCodec.KeyLength).Select(i => (byte)i).ToArray());

    public static ItemIdCodec Codec { get; } = new(Convert.FromBase64String(IdKey));

    public static string ContactId(this IEnumerable<SeededContact> seeded, string mailbox, string key) =>
        Codec.EncodeId(seeded.Single(c => c.Mailbox == mailbox && c.Key == key).Contact);
}
