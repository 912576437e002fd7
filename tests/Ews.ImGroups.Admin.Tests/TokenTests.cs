using System.Net;
using Ews.ImGroups.Admin.Tests.Infrastructure;

namespace Ews.ImGroups.Admin.Tests;

/// <summary>The client against a server whose control API asks for <c>Ews:Admin:Token</c>.</summary>
public sealed class TokenTests(ProtectedAdminServer server) : IClassFixture<ProtectedAdminServer>
{
    [Fact]
    public async Task The_token_opens_the_API()
    {
        var info = await server.Admin().GetServerAsync();

        info.ControlApiProtected.Should().BeTrue();
    }

    [Theory]
    [InlineData(null)]
    [InlineData("not-the-token-of-the-server")]
    public async Task Without_the_token_the_API_refuses_with_401(string? token)
    {
        var client = new EwsImGroupsAdminClient(server.CreateClient(), new EwsImGroupsAdminClientOptions { BaseAddress = server.ClientOptions.BaseAddress, AdminToken = token });

        var refusal = await client.Invoking(c => c.ResetAsync()).Should().ThrowAsync<EwsImGroupsAdminException>();

        refusal.Which.Status.Should().Be(HttpStatusCode.Unauthorized);
        refusal.Which.Title.Should().NotBeNullOrEmpty();
    }
}
