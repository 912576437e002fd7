using System.Globalization;
using System.Text;
using Ews.ImGroups.Domain.Seeding;

namespace Ews.ImGroups.Bench.Runner;

/// <summary>The benchmark's mailboxes and the IM lists it seeds them with.</summary>
public static class Mailboxes
{
    /// <summary>A reserved domain (RFC 2606), so no address the benchmark makes can name a real mailbox.</summary>
    public const string Domain = "bench.example";

    /// <summary>The group that runs adding contacts or renaming groups work on.</summary>
    public const string WorkGroup = "Bench";

    /// <summary>Any password does in the server's default AutoProvision mode.</summary>
    private const string Password = "bench";

    public static string Address(string set, int number) => string.Create(CultureInfo.InvariantCulture, $"{set}-{number:D5}@{Domain}");

    public static IEnumerable<string> Addresses(string set, int count) => Enumerable.Range(1, count).Select(n => Address(set, n));

    public static string Authorization(string userName) =>
        "Basic " + Convert.ToBase64String(Encoding.UTF8.GetBytes($"{userName}:{Password}"));

    /// <summary>A mailbox with an empty list besides the system groups the server gives every mailbox.</summary>
    public static SeedMailbox Empty(string address) => new(address, address, Sid: null, [], []);

    /// <summary>A mailbox whose list holds only the work group, empty.</summary>
    public static SeedMailbox WithWorkGroup(string address) => new(address, address, Sid: null, [], [new SeedGroup(WorkGroup, Members: [])]);

    /// <summary>
    /// A mailbox whose list has <paramref name="personas"/> IM contacts over <paramref name="groups"/> groups: contact i
    /// belongs to group i mod groups (so with more groups than contacts some groups stay empty).
    /// </summary>
    public static SeedMailbox WithList(string address, int personas, int groups)
    {
        var contacts = Enumerable.Range(1, personas).Select(Contact).ToArray();
        var members = Enumerable.Range(0, groups).Select(g => contacts.Where((_, i) => i % groups == g).Select(c => c.Key).ToArray()).ToArray();
        return new SeedMailbox(address, address, Sid: null, contacts, [.. members.Select((keys, g) => new SeedGroup(GroupName(g + 1), Members: keys))]);
    }

    /// <summary>
    /// As <see cref="WithList"/>, but each group gets the contact its number names (group g holds contact g mod
    /// contacts), so with more groups than contacts every group has a member and contacts are in several groups.
    /// </summary>
    public static SeedMailbox WithEveryGroupFilled(string address, int personas, int groups)
    {
        var contacts = Enumerable.Range(1, personas).Select(Contact).ToArray();
        return new SeedMailbox(address, address, Sid: null, contacts,
            [.. Enumerable.Range(0, groups).Select(g => new SeedGroup(GroupName(g + 1), Members: [contacts[g % personas].Key]))]);
    }

    private static SeedContact Contact(int number)
    {
        var digits = number.ToString("D4", CultureInfo.InvariantCulture);
        return new SeedContact(
            Key: "c" + digits,
            DisplayName: "Contact " + digits,
            GivenName: "Contact",
            Surname: digits,
            EmailAddress: $"contact-{digits}@{Domain}",
            ImAddress: $"sip:contact-{digits}@{Domain}");
    }

    private static string GroupName(int number) => "Group " + number.ToString("D2", CultureInfo.InvariantCulture);
}
