using Ews.ImGroups.Host.Admin;
using Ews.ImGroups.Host.Https;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.Options;

namespace Ews.ImGroups.Host.Tests.Admin;

public sealed class SameOriginTests
{
    [Theory]
    [InlineData("localhost:5000", "http://localhost:5000", null, true)]
    [InlineData("LOCALHOST:5000", "http://localhost:5000", null, true)]
    [InlineData("localhost:5000", "https://localhost:5000", null, true)]
    [InlineData("localhost:5000", "http://localhost:5001", null, false)]
    [InlineData("localhost:5000", "http://localhost", null, false)]
    [InlineData("ews.example", "https://ews.example", null, true)]
    [InlineData("ews.example", "https://ews.example:8443", null, false)]
    [InlineData("ews.example", "https://ews.example.evil.example", null, false)]
    [InlineData("[::1]:5000", "http://[::1]:5000", null, true)]
    [InlineData("ews.example", "null", null, false)]
    [InlineData("ews.example", "", null, false)]
    [InlineData("ews.example", "", "https://ews.example/journal?operation=AddImGroup", true)]
    [InlineData("ews.example", "", "https://evil.example/ews.example", false)]
    [InlineData("ews.example", "https://evil.example", "https://ews.example/journal", false)]
    [InlineData("ews.example", "ftp://ews.example", null, false)]
    [InlineData("evil.example", "http://evil.example", null, false)]
    [InlineData("evil.example", "", "http://evil.example/", false)]
    [InlineData("10.1.2.3:8080", "http://10.1.2.3:8080", null, true)]
    public void Request_comes_from_this_server_only_when_its_source_names_the_same_allowed_host_and_port(
        string host, string origin, string? referer, bool expected)
    {
        var context = new DefaultHttpContext();
        context.Request.Host = new HostString(host);
        if (origin.Length > 0)
        {
            context.Request.Headers.Origin = origin;
        }

        if (referer is not null)
        {
            context.Request.Headers.Referer = referer;
        }

        SameOrigin.Check(context.Request, Hosts).Should().Be(expected);
    }

    private static readonly AdminHosts Hosts = new(
        Options.Create(new AdminOptions { AllowedHosts = ["ews.example"] }), Options.Create(new HttpsOptions()), new NoServer());

    /// <summary>A server listening nowhere, so only the configured names count.</summary>
    internal sealed class NoServer : IServer
    {
        public IFeatureCollection Features { get; } = new FeatureCollection();

        public Task StartAsync<TContext>(IHttpApplication<TContext> application, CancellationToken cancellationToken)
            where TContext : notnull => Task.CompletedTask;

        public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

        public void Dispose()
        {
        }
    }
}
