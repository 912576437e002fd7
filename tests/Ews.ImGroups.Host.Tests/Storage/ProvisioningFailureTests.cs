using System.Net;
using System.Xml.Linq;
using Ews.ImGroups.Domain.Lists;
using Ews.ImGroups.Domain.Mailboxes;
using Ews.ImGroups.Host.Tests.Autodiscover;
using Ews.ImGroups.Host.Tests.Infrastructure;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;

namespace Ews.ImGroups.Host.Tests.Storage;

/// <summary>
/// A store that fails while a caller's mailbox is looked up or provisioned on first use: EWS and Autodiscover still
/// answer in their own shape, saying whether the store was unavailable, and never with a bare 500.
/// </summary>
public sealed class ProvisioningFailureTests
{
    public static TheoryData<string, string> EwsFailures => new()
    {
        { "broken", "ErrorInternalServerError" },
        { "unavailable", "ErrorMailboxStoreUnavailable" },
        { "full", "ErrorMailboxStoreUnavailable" },
    };

    [Theory]
    [MemberData(nameof(EwsFailures))]
    public async Task EWS_request_of_a_new_mailbox_gets_Exchanges_fault(string failure, string responseCode)
    {
        using var server = new EwsServer(services: FailingDirectory.For(failure));
        using var client = server.CreateEwsClient("erin@fabrikam.com");

        var reply = await client.PostAsync(Requests.GetImItemList(), password: "anything");

        reply.Status.Should().Be(HttpStatusCode.InternalServerError);
        reply.ResponseCode.Should().Be(responseCode);
        reply.Body.Should().NotContain(FailingDirectory.Secret);
    }

    [Theory]
    [InlineData("broken")]
    [InlineData("unavailable")]
    public async Task Autodiscover_of_a_new_mailbox_gets_the_internal_error_document(string failure)
    {
        const string erin = "erin@fabrikam.com";
        using var server = new EwsServer(services: FailingDirectory.For(failure));
        using var http = server.CreateClient();

        var reply = await http.PostAsync(AutodiscoverMessages.Request(erin), user: erin, password: "anything");

        reply.Status.Should().Be(HttpStatusCode.OK);
        var error = XDocument.Parse(reply.Body).Descendants().Single(e => e.Name.LocalName == "Error");
        error.Name.NamespaceName.Should().Be(AutodiscoverMessages.OutlookNamespace);
        error.Elements().Single(e => e.Name.LocalName == "ErrorCode").Value.Should().Be("603");
        reply.Body.Should().NotContain(FailingDirectory.Secret);
    }

    /// <summary>A mailbox directory whose every lookup fails the way the test names.</summary>
    private sealed class FailingDirectory(Exception failure) : IMailboxDirectory
    {
        public const string Secret = "disk on fire";

        /// <summary>SQLITE_FULL: the disk had no room for the new mailbox.</summary>
        private const int SqliteFull = 13;

        public static Action<IServiceCollection> For(string failure) => s => s.AddSingleton<IMailboxDirectory>(new FailingDirectory(failure switch
        {
            "unavailable" => new TimeoutException(Secret),
            "full" => new SqliteException(Secret, SqliteFull),
            _ => new InvalidOperationException(Secret),
        }));

        public Task<Mailbox> GetOrCreateAsync(string smtpAddress, CancellationToken cancellationToken) => Task.FromException<Mailbox>(failure);

        public Task<Mailbox?> GetOrCreateWithinAsync(string smtpAddress, int maxMailboxes, CancellationToken cancellationToken) =>
            Task.FromException<Mailbox?>(failure);

        public Task<Mailbox?> FindBySidAsync(string sid, CancellationToken cancellationToken) => Task.FromException<Mailbox?>(failure);

        public Task<DirectoryGroup?> FindDistributionGroupAsync(string smtpAddress, CancellationToken cancellationToken) =>
            Task.FromException<DirectoryGroup?>(failure);
    }
}
