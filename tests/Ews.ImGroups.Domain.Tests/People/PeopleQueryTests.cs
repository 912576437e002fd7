using Ews.ImGroups.Domain.Lists;
using Ews.ImGroups.Domain.People;

namespace Ews.ImGroups.Domain.Tests.People;

public class PeopleQueryTests
{
    private static readonly DateTimeOffset Created = new(2026, 1, 1, 0, 0, 0, TimeSpan.Zero);

    private static readonly ImPersona Alice = Persona(new ContactDetails(
        "Alice Anders-Smith", GivenName: "Alice", Surname: "Anders-Smith", EmailAddress: "alice@contoso.com", ImAddress: "sip:ali.im@contoso.com"));

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData(" \t ")]
    public void Blank_query_is_no_query(string? text) => PeopleQuery.Parse(text).Should().BeNull();

    [Theory]
    [InlineData("ali")]
    [InlineData("ALICE")]
    [InlineData("smith")]
    [InlineData("anders")]
    [InlineData("alice@con")]
    [InlineData("ali.im@")]
    [InlineData("  alice   smith ")]
    public void Persona_matches_a_word_of_a_name_or_the_start_of_an_address_ignoring_case(string text) =>
        PeopleQuery.Parse(text)!.Matches(Alice).Should().BeTrue();

    [Theory]
    [InlineData("lice")]
    [InlineData("contoso")]
    [InlineData("sip:")]
    [InlineData("alice bob")]
    [InlineData("alice-")]
    public void Persona_does_not_match_the_middle_of_a_word_nor_a_word_nothing_starts(string text) =>
        PeopleQuery.Parse(text)!.Matches(Alice).Should().BeFalse();

    [Fact]
    public void Words_may_be_answered_by_different_contacts_of_one_persona()
    {
        var persona = new ImPersona(1, [
            Contact(1, new ContactDetails("Robert", EmailAddress: "bob@contoso.com")),
            Contact(2, new ContactDetails("Bobby Brown", EmailAddress: "bob@contoso.com"))]);

        PeopleQuery.Parse("robert brown")!.Matches(persona).Should().BeTrue();
    }

    [Fact]
    public void Telephone_contact_is_not_found_by_its_SIP_URI()
    {
        var phone = Persona(new ContactDetails("+1 425 555 0100", ImAddress: "sip:phone@contoso.com", TelUriAddress: "tel:+14255550100"));

        PeopleQuery.Parse("phone")!.Matches(phone).Should().BeFalse();
        PeopleQuery.Parse("425")!.Matches(phone).Should().BeTrue();
    }

    [Theory]
    [InlineData("ted", true)]
    [InlineData("ted@example", true)]
    [InlineData("example", false)]
    public void Directory_user_without_a_name_is_matched_by_its_address(string text, bool matches) =>
        PeopleQuery.Parse(text)!.Matches(new DirectoryEntry(DirectoryEntryKind.User, 3, "ted@example.com", null)).Should().Be(matches);

    [Theory]
    [InlineData("eng", true)]
    [InlineData("team", true)]
    [InlineData("engineering@", true)]
    [InlineData("ring", false)]
    public void Directory_group_is_matched_by_its_name_words_and_address(string text, bool matches) =>
        PeopleQuery.Parse(text)!.Matches(new DirectoryEntry(DirectoryEntryKind.DistributionList, 1, "engineering@contoso.com", "Engineering (Team)"))
            .Should().Be(matches);

    private static ImPersona Persona(ContactDetails details) => new(1, [Contact(1, details)]);

    private static ImContact Contact(long number, ContactDetails details) => new(1, number, details, 0, Created, ContactFolder.Contacts);
}
