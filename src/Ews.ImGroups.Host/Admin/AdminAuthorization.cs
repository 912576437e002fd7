namespace Ews.ImGroups.Host.Admin;

/// <summary>
/// How the control API and the dashboard are guarded: requests under a name not allowed and changes from another
/// site's page are refused first, then the
/// <see cref="Policy"/> policy asks for the admin token through the <see cref="Scheme"/> scheme, or lets everyone in
/// when no token is configured.
/// </summary>
public static class AdminAuthorization
{
    public const string Scheme = "AdminToken";

    public const string Policy = "Admin";

    /// <summary>
    /// Answers 421 Misdirected Request where an endpoint's <see cref="HostCheck"/> refuses the request's host name. It
    /// runs first, so a rebound name learns nothing else about the server.
    /// </summary>
    public static IApplicationBuilder UseHostCheck(this IApplicationBuilder app) => app.Use(async (context, next) =>
    {
        if (context.GetEndpoint()?.Metadata.GetMetadata<HostCheck>() is { } check
            && !(check.OnlyWhileOpen && context.RequestServices.GetRequiredService<AdminAccess>().Protected)
            && !context.RequestServices.GetRequiredService<AdminHosts>().Allows(context.Request.Host))
        {
            await check.Answer().ExecuteAsync(context);
            return;
        }

        await next(context);
    });

    /// <summary>
    /// Answers the refusal an endpoint's <see cref="CrossSiteRefusal"/> calls for. It runs before authorization, so a
    /// page elsewhere gets the same 403 with or without the token.
    /// </summary>
    public static IApplicationBuilder UseCrossSiteRefusal(this IApplicationBuilder app) => app.Use(async (context, next) =>
    {
        if (context.GetEndpoint()?.Metadata.GetMetadata<CrossSiteRefusal>() is { } refusal && refusal.Refuses(context.Request))
        {
            await refusal.Answer().ExecuteAsync(context);
            return;
        }

        await next(context);
    });
}

/// <summary>
/// Endpoint metadata: the endpoint answers only under an allowed host name (<see cref="AdminHosts"/>), always or only
/// while no admin token is configured, and what a request under another name is answered.
/// </summary>
public sealed record HostCheck(bool OnlyWhileOpen, Func<IResult> Answer)
{
    public const string Detail =
        "This server's control API and dashboard answer only under loopback names, IP addresses and the names in Ews:Admin:AllowedHosts.";
}

/// <summary>Endpoint metadata: which requests count as sent from another site's page, and what they are answered.</summary>
public sealed record CrossSiteRefusal(Func<HttpRequest, bool> Refuses, Func<IResult> Answer);

/// <summary>Endpoint metadata: what a request without the admin token gets in place of the control API's 401 problem.</summary>
public sealed record AdminSignIn(Func<IResult> Answer);
