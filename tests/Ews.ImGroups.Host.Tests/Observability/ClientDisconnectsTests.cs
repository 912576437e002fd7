using System.ServiceModel.Channels;
using Ews.ImGroups.Host.Common;
using Ews.ImGroups.Host.Observability;
using Ews.ImGroups.Host.Soap;
using Microsoft.AspNetCore.Connections;
using Microsoft.AspNetCore.Http;

namespace Ews.ImGroups.Host.Tests.Observability;

/// <summary>Which failures are the client's doing, decided without a socket.</summary>
public sealed class ClientDisconnectsTests
{
    [Fact]
    public void Any_failure_after_the_client_left_is_499()
    {
        var context = Context(aborted: true);

        ClientDisconnects.StatusFor(context, new InvalidOperationException("store")).Should().Be(499);
        ClientDisconnects.StatusFor(context, new BadHttpRequestException("cut", 400)).Should().Be(499);
    }

    [Fact]
    public void A_reset_connection_is_499_before_the_abort_is_seen()
    {
        ClientDisconnects.StatusFor(Context(aborted: false), new ConnectionResetException("reset")).Should().Be(499);
    }

    [Theory]
    [InlineData(400)]
    [InlineData(408)]
    [InlineData(413)]
    public void An_upload_the_web_server_refused_keeps_its_status(int status)
    {
        ClientDisconnects.StatusFor(Context(aborted: false), new BadHttpRequestException("refused", status)).Should().Be(status);
    }

    [Fact]
    public void Any_other_failure_is_the_servers()
    {
        ClientDisconnects.StatusFor(Context(aborted: false), new IOException("disk")).Should().BeNull();
        ClientDisconnects.StatusFor(Context(aborted: false), new OperationCanceledException()).Should().BeNull();
    }

    [Fact]
    public void An_operation_ended_by_its_clients_leaving_is_recorded_as_499_though_a_fault_was_written()
    {
        using var left = new CancellationTokenSource();
        left.Cancel();
        var outcome = new RequestOutcome();
        outcome.Begin(left.Token);

        using var fault = new InternalErrorFaults(outcome).ProvideFault(new OperationCanceledException(left.Token), MessageVersion.Soap11, null!, null!);
        outcome.Completed(500);

        outcome.Status.Should().Be(499);
        outcome.ResponseCode.Should().Be("ErrorInternalServerError");
    }

    [Fact]
    public void An_operation_that_failed_with_its_client_still_there_is_a_500()
    {
        var outcome = new RequestOutcome();
        outcome.Begin(CancellationToken.None);

        using var fault = new InternalErrorFaults(outcome).ProvideFault(new InvalidOperationException("bug"), MessageVersion.Soap11, null!, null!);
        outcome.Completed(500);

        outcome.Status.Should().Be(500);
    }

    private static DefaultHttpContext Context(bool aborted)
    {
        var context = new DefaultHttpContext();
        if (aborted)
        {
            context.RequestAborted = new CancellationToken(canceled: true);
        }

        return context;
    }
}
