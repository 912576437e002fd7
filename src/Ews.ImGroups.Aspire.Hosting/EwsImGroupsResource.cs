namespace Aspire.Hosting.ApplicationModel;

/// <summary>The Ews.ImGroups server as a container of an Aspire app model.</summary>
/// <param name="name">The resource's name, which is also its host name inside the app model's container network.</param>
/// <remarks>
/// Its connection string is the server's EWS URL, <c>http://host:port/EWS/Exchange.asmx</c>, so a consumer hands
/// <c>GetConnectionString(name)</c> straight to an EWS client.
/// </remarks>
public sealed class EwsImGroupsResource(string name) : ContainerResource(name), IResourceWithConnectionString
{
    /// <summary>The name of the server's HTTP endpoint.</summary>
    public const string HttpEndpointName = "http";

    /// <summary>The path of the EWS endpoint below the server's base address.</summary>
    public const string EwsPath = "/EWS/Exchange.asmx";

    private EndpointReference? httpEndpoint;

    /// <summary>The server's HTTP endpoint, which carries EWS, Autodiscover, the control API and the dashboard.</summary>
    public EndpointReference HttpEndpoint => httpEndpoint ??= new EndpointReference(this, HttpEndpointName);

    /// <summary>The host name under which a consumer reaches the server.</summary>
    public EndpointReferenceExpression Host => HttpEndpoint.Property(EndpointProperty.Host);

    /// <summary>The port under which a consumer reaches the server.</summary>
    public EndpointReferenceExpression Port => HttpEndpoint.Property(EndpointProperty.Port);

    /// <summary>The server's base address, <c>http://host:port</c>, below which the control API and the dashboard live.</summary>
    public ReferenceExpression UriExpression => ReferenceExpression.Create($"{HttpEndpoint.Property(EndpointProperty.Url)}");

    /// <summary>The EWS URL, <c>http://host:port/EWS/Exchange.asmx</c>.</summary>
    public ReferenceExpression ConnectionStringExpression => ReferenceExpression.Create($"{UriExpression}{EwsPath}");

    IEnumerable<KeyValuePair<string, ReferenceExpression>> IResourceWithConnectionString.GetConnectionProperties()
    {
        yield return new("Host", ReferenceExpression.Create($"{Host}"));
        yield return new("Port", ReferenceExpression.Create($"{Port}"));
        yield return new("Uri", UriExpression);
    }
}
