using System.ServiceModel;
using Ews.ImGroups.Host.Tests.Infrastructure;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;

namespace Ews.ImGroups.Host.Tests.Soap.Wcf;

/// <summary>A WCF client, as SOAP tooling would generate it from the schema, runs a whole IM-list session over HTTP.</summary>
public sealed class WcfClientSessionTests : IDisposable
{
    private readonly EwsServer server = new();
    private readonly ChannelFactory<IImListClient> factory;

    public WcfClientSessionTests()
    {
        server.UseKestrel(0);
        server.StartServer();
        var address = server.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        var binding = new BasicHttpBinding(BasicHttpSecurityMode.TransportCredentialOnly);
        binding.Security.Transport.ClientCredentialType = HttpClientCredentialType.Basic;
        factory = new ChannelFactory<IImListClient>(binding, new EndpointAddress($"{address}/EWS/Exchange.asmx"));
        factory.Credentials.UserName.UserName = Users.Alice;
        factory.Credentials.UserName.Password = "any password";
    }

    [Fact]
    public async Task Client_session_adds_moves_renames_and_removes_and_sees_each_step_in_the_list()
    {
        var client = factory.CreateChannel();

        var start = await client.GetImItemListAsync(new GetImItemListIn());
        start.ServerVersionInfo!.Version.Should().Be("Exchange2013");
        start.GetImItemListResponse!.ImItemList!.Groups!.Select(g => g.DisplayName).Should().Equal("Other Contacts", "Tagged", "Favorites");
        var favorites = start.GetImItemListResponse.ImItemList.Groups![2].ExchangeStoreId!;

        var team = (await client.AddImGroupAsync(new AddImGroupIn { AddImGroup = { DisplayName = "Team" } })).AddImGroupResponse!.ImGroup!.ExchangeStoreId!;
        var added = await client.AddNewImContactToGroupAsync(new AddNewImContactToGroupIn
        {
            AddNewImContactToGroup = { ImAddress = "sip:tony@contoso.com", DisplayName = "Tony Smith", GroupId = team },
        });
        var contact = added.AddNewImContactToGroupResponse!.Persona!.Attributions![0].SourceId;
        (await client.AddImContactToGroupAsync(new AddImContactToGroupIn { AddImContactToGroup = { ContactId = contact, GroupId = favorites } }))
            .AddImContactToGroupResponse!.ResponseCode.Should().Be("NoError");

        var joined = (await client.GetImItemListAsync(new GetImItemListIn())).GetImItemListResponse!.ImItemList!;
        joined.Personas.Should().ContainSingle().Which.ImAddress.Should().Be("sip:tony@contoso.com");
        joined.Groups!.Where(g => g.MemberCorrelationKey is not null).Select(g => g.DisplayName).Should().Equal("Favorites", "Team");
        joined.Groups!.SelectMany(g => g.MemberCorrelationKey ?? []).Should().OnlyContain(m => m.Id == contact.Id);

        (await client.SetImGroupAsync(new SetImGroupIn { SetImGroup = { GroupId = team, NewDisplayName = "Core team" } }))
            .SetImGroupResponse!.ResponseCode.Should().Be("NoError");
        (await client.RemoveImContactFromGroupAsync(new RemoveImContactFromGroupIn { RemoveImContactFromGroup = { ContactId = contact, GroupId = team } }))
            .RemoveImContactFromGroupResponse!.ResponseCode.Should().Be("NoError");
        (await client.RemoveImGroupAsync(new RemoveImGroupIn { RemoveImGroup = { GroupId = team } }))
            .RemoveImGroupResponse!.ResponseCode.Should().Be("NoError");
        (await client.RemoveContactFromImListAsync(new RemoveContactFromImListIn { RemoveContactFromImList = { ContactId = contact } }))
            .RemoveContactFromImListResponse!.ResponseCode.Should().Be("NoError");

        var end = (await client.GetImItemListAsync(new GetImItemListIn())).GetImItemListResponse!.ImItemList!;
        end.Groups!.Select(g => g.DisplayName).Should().Equal("Other Contacts", "Tagged", "Favorites");
        end.Personas.Should().BeNullOrEmpty();
        ((IClientChannel)client).Close();
    }

    [Fact]
    public async Task Client_reads_an_error_response_as_data_not_as_a_fault()
    {
        var client = factory.CreateChannel();
        await client.AddImGroupAsync(new AddImGroupIn { AddImGroup = { DisplayName = "Twice" } });

        var again = await client.AddImGroupAsync(new AddImGroupIn { AddImGroup = { DisplayName = "twice" } });

        again.AddImGroupResponse!.ResponseClass.Should().Be("Error");
        again.AddImGroupResponse.ResponseCode.Should().Be("ErrorImGroupDisplayNameAlreadyExists");
        ((IClientChannel)client).Close();
    }

    public void Dispose()
    {
        factory.Close();
        server.Dispose();
    }
}
