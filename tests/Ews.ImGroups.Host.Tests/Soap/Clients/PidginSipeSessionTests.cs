using System.Net;
using System.Xml.Linq;
using Ews.ImGroups.Host.Tests.Infrastructure;

namespace Ews.ImGroups.Host.Tests.Soap.Clients;

/// <summary>The server of <see cref="PidginSipeSessionTests"/>: the sample seed, with CONTOSO mapped to contoso.com.</summary>
public sealed class PidginSipeServer() : SharedServer(new Dictionary<string, string?>
{
    ["Ews:Authentication:Domains:CONTOSO"] = "contoso.com",
});

/// <summary>
/// A session as pidgin-sipe, the open-source client of these operations, runs one: its account signs in as
/// <c>CONTOSO\alice</c>, every request is its own envelope (no <c>SOAPAction</c>, <c>RequestServerVersion</c>
/// Exchange2013 only), it adds buddies by address without <c>sip:</c>, echoes the change keys it last saw however old,
/// and reads a persona's contact from the attribution that is a quick contact and not hidden.
/// </summary>
public sealed class PidginSipeSessionTests(PidginSipeServer server) : SharedServerTest<PidginSipeServer>(server, User)
{
    private const string User = "CONTOSO\\alice";

    private static readonly XNamespace Types = "http://schemas.microsoft.com/exchange/services/2006/types";

    private static readonly XNamespace Messages = "http://schemas.microsoft.com/exchange/services/2006/messages";

    [Fact]
    public async Task Session_signs_in_with_its_domain_name_builds_its_buddy_list_and_changes_it_with_stale_change_keys()
    {
        var first = await SendAsync("<m:GetImItemList/>");
        first.Status.Should().Be(HttpStatusCode.OK);
        first.ResponseCode.Should().Be("NoError");

        var added = await SendAsync("<m:AddImGroup><m:DisplayName>Buddies</m:DisplayName></m:AddImGroup>");
        var group = added.Xml.Descendants(Types + "ExchangeStoreId").Single();
        var (groupId, groupChangeKey) = ((string)group.Attribute("Id")!, (string)group.Attribute("ChangeKey")!);

        // A new buddy, and one the address book knows by e-mail address only (Dave Diaz): both join the group.
        foreach (var address in new[] { "tsmith@contoso.com", "dave@contoso.com" })
        {
            var buddy = await SendAsync(
                $"""<m:AddNewImContactToGroup><m:ImAddress>{address}</m:ImAddress><m:GroupId Id="{groupId}" ChangeKey="{groupChangeKey}"/></m:AddNewImContactToGroup>""");
            buddy.ResponseCode.Should().Be("NoError", address);
        }

        var list = await SendAsync("<m:GetImItemList/>");
        var buddies = Buddies(list.Xml);
        buddies.Keys.Should().BeEquivalentTo("tsmith@contoso.com", "dave@contoso.com");
        var members = list.Xml.Descendants(Types + "ImGroup").Single(g => (string?)g.Element(Types + "DisplayName") == "Buddies")
            .Descendants(Types + "ItemId").Select(i => (string)i.Attribute("Id")!);
        members.Should().BeEquivalentTo(buddies.Values.Select(b => b.Id), "the key pidgin-sipe reads is the group's member");
        list.Xml.Descendants(Types + "Persona").Single(p => (string?)p.Element(Types + "ImAddress") == "dave@contoso.com")
            .Element(Types + "DisplayName")!.Value.Should().Be("Dave Diaz", "the address book's contact names the linked persona");

        // The group's change key has moved on twice since pidgin-sipe read it; it sends it anyway.
        var renamed = await SendAsync(
            $"""<m:SetImGroup><m:GroupId Id="{groupId}" ChangeKey="{groupChangeKey}"/><m:NewDisplayName>Friends</m:NewDisplayName></m:SetImGroup>""");
        renamed.ResponseCode.Should().Be("NoError");
        var tony = buddies["tsmith@contoso.com"];
        var removed = await SendAsync(
            $"""<m:RemoveImContactFromGroup><m:ContactId Id="{tony.Id}" ChangeKey="{tony.ChangeKey}"/><m:GroupId Id="{groupId}" ChangeKey="{groupChangeKey}"/></m:RemoveImContactFromGroup>""");
        removed.ResponseCode.Should().Be("NoError");

        var after = Buddies((await SendAsync("<m:GetImItemList/>")).Xml);
        after.Keys.Should().BeEquivalentTo("dave@contoso.com");
    }

    [Fact]
    public async Task Photos_it_asks_for_at_sign_in_come_as_picture_data_or_as_no_picture_without_a_fault()
    {
        var bob = await SendAsync(Photo("bob@contoso.com"));
        var nobody = await SendAsync(Photo("tsmith@contoso.com"));
        var alice = await SendAsync(Photo("alice@contoso.com"));

        bob.Status.Should().Be(HttpStatusCode.OK);
        bob.ResponseCode.Should().Be("NoError");
        Convert.FromBase64String(bob.Xml.Descendants(Messages + "PictureData").Single().Value).Should().StartWith(PngSignature);
        foreach (var none in new[] { nobody, alice })
        {
            // pidgin-sipe reads PictureData of a 200 answer; anything else is "no picture", never a fault that would
            // make it drop its saved credentials.
            none.Status.Should().NotBe(HttpStatusCode.OK);
            none.Fault.Should().BeNull();
            none.Xml.Descendants(Messages + "PictureData").Should().BeEmpty();
        }
    }

    [Fact]
    public async Task Contact_search_finds_the_directory_people_with_an_IM_address()
    {
        var reply = await SendAsync(
            """<m:FindPeople><m:IndexedPageItemView MaxEntriesReturned="100" Offset="0" BasePoint="Beginning"/>""" +
            """<m:ParentFolderId><t:DistinguishedFolderId Id="directory"/></m:ParentFolderId><m:QueryString>bob</m:QueryString></m:FindPeople>""");

        reply.ResponseCode.Should().Be("NoError");
        var found = reply.Xml.Descendants(Types + "Persona")
            .Where(p => p.Element(Types + "ImAddress") is not null)
            .Select(p => (p.Element(Types + "DisplayName")!.Value, p.Element(Types + "ImAddress")!.Value));
        found.Should().Equal([("Bob Brown", "bob@contoso.com")]);
    }

    private static readonly byte[] PngSignature = [0x89, 0x50, 0x4E, 0x47];

    private static string Photo(string address) =>
        $"<m:GetUserPhoto><m:Email>{address}</m:Email><m:SizeRequested>HR48x48</m:SizeRequested></m:GetUserPhoto>";

    /// <summary>Each persona's IM address and the contact pidgin-sipe keys it by.</summary>
    private static Dictionary<string, (string Id, string ChangeKey)> Buddies(XDocument list) =>
        list.Descendants(Types + "Persona")
            .Where(p => p.Element(Types + "ImAddress") is not null)
            .ToDictionary(
                p => p.Element(Types + "ImAddress")!.Value,
                p =>
                {
                    var source = p.Element(Types + "Attributions")!.Elements(Types + "Attribution")
                        .Single(a => a.Element(Types + "IsQuickContact")!.Value == "true" && a.Element(Types + "IsHidden")!.Value == "false")
                        .Element(Types + "SourceId")!;
                    return ((string)source.Attribute("Id")!, (string)source.Attribute("ChangeKey")!);
                });

    private Task<EwsReply> SendAsync(string body) => Client.PostAsync(Envelope(body));

    /// <summary>The envelope pidgin-sipe wraps every request in.</summary>
    private static string Envelope(string body) =>
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>" +
        "<soap:Envelope xmlns:soap=\"http://schemas.xmlsoap.org/soap/envelope/\" " +
        "xmlns:t=\"http://schemas.microsoft.com/exchange/services/2006/types\" " +
        "xmlns:m=\"http://schemas.microsoft.com/exchange/services/2006/messages\">" +
        "<soap:Header><t:RequestServerVersion Version=\"Exchange2013\"/></soap:Header>" +
        $"<soap:Body>{body}</soap:Body></soap:Envelope>";
}
