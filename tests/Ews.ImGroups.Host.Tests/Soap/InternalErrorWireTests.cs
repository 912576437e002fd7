using System.Net;
using Ews.ImGroups.Domain.Lists;
using Ews.ImGroups.Host.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace Ews.ImGroups.Host.Tests.Soap;

/// <summary>A failure inside an operation becomes Exchange's internal-error fault, without its details.</summary>
public sealed class InternalErrorWireTests() : ServerTest(services: s => s.AddSingleton<IImListStore, BrokenStore>())
{
    [Fact]
    public async Task Exception_in_an_operation_gets_ErrorInternalServerError_without_details()
    {
        var reply = await Client.PostAsync(Requests.AddImGroup("Doomed"));

        reply.Status.Should().Be(HttpStatusCode.InternalServerError);
        XmlAssert.Equivalent(
            Responses.Fault("ErrorInternalServerError", "An internal server error occurred. The operation failed."),
            reply.Body);
        reply.Body.Should().NotContain(BrokenStore.Secret);
    }

    private sealed class BrokenStore : IImListStore
    {
        public const string Secret = "disk on fire";

        public Task<ImListResult<T>> ChangeAsync<T>(long mailboxId, Func<IMailboxSession, Task<ImListResult<T>>> work, CancellationToken cancellationToken) =>
            throw new InvalidOperationException(Secret);

        public Task<ImItemList> ReadAsync(long mailboxId, ImListSelection selection, CancellationToken cancellationToken) =>
            throw new InvalidOperationException(Secret);
    }
}
