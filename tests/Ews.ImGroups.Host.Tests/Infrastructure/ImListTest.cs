using System.Net;

namespace Ews.ImGroups.Host.Tests.Infrastructure;

/// <summary>The shared server of IM-list tests: the sample seed, and a clock standing at <see cref="FixedClock.ReferenceTime"/>.</summary>
public sealed class FixedClockServer() : SharedServer(null, EwsServer.ClockAt(FixedClock.ReferenceTime));

/// <summary>An IM-list test on a <see cref="FixedClockServer"/>.</summary>
public abstract class ImListTest(FixedClockServer shared) : ImListTest<FixedClockServer>(shared);

/// <summary>
/// A <see cref="SharedServerTest{TServer}"/> whose server's clock stands at <see cref="FixedClock.ReferenceTime"/>, with
/// the steps IM-list tests take to set up a list and to look at it over the wire.
/// </summary>
public abstract class ImListTest<TServer>(TServer shared, string user = Users.Alice) : SharedServerTest<TServer>(shared, user)
    where TServer : SharedServer
{
    protected const string Now = FixedClock.ReferenceTimeText;

    /// <summary>A server of its own with the same clock, for limits that need other settings.</summary>
    protected static EwsServer LimitedServer(string setting, int limit) =>
        new(new Dictionary<string, string?> { [setting] = limit.ToString(System.Globalization.CultureInfo.InvariantCulture) },
            services: EwsServer.ClockAt(FixedClock.ReferenceTime));

    protected Task<EwsReply> ListAsync(string? asUser = null) => Client.PostAsync(Requests.GetImItemList(), asUser: asUser);

    /// <summary>Adds a user group and returns its id.</summary>
    protected async Task<string> AddGroupAsync(string displayName, string? asUser = null) =>
        (await ExpectSuccessAsync(Requests.AddImGroup(displayName), asUser)).StoreId!;

    /// <summary>Adds a contact by IM address and returns its contact id (the persona's attribution source).</summary>
    protected async Task<string> AddNewContactAsync(string imAddress, string? groupId = null, string? displayName = null) =>
        (await ExpectSuccessAsync(Requests.AddNewImContactToGroup(imAddress, displayName, groupId))).SourceIds().Single();

    protected Task AddContactToGroupAsync(string contactId, string? groupId = null) =>
        ExpectSuccessAsync(Requests.AddImContactToGroup(contactId, groupId));

    /// <summary>Shows a directory distribution group on the list and returns its id.</summary>
    protected async Task<string> AddDistributionGroupAsync(string smtpAddress, string displayName, string? asUser = null) =>
        (await ExpectSuccessAsync(Requests.AddDistributionGroupToImList(smtpAddress, displayName), asUser)).StoreId!;

    /// <summary>Checks that the list reads exactly as <paramref name="before"/> did.</summary>
    protected async Task AssertListUnchangedAsync(EwsReply before, string? asUser = null) =>
        XmlAssert.Equivalent(before.Body, (await ListAsync(asUser)).Body);

    protected async Task<EwsReply> ExpectSuccessAsync(string request, string? asUser = null)
    {
        var reply = await Client.PostAsync(request, asUser: asUser);
        reply.Status.Should().Be(HttpStatusCode.OK);
        reply.ResponseCode.Should().Be("NoError", "setting up needs {0}", request);
        return reply;
    }
}
