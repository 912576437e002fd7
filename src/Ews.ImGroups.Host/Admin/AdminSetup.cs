using System.Text.Json;
using System.Text.Json.Serialization;
using Ews.ImGroups.Host.Common;
using Ews.ImGroups.Storage;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authorization;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Ews.ImGroups.Host.Admin;

/// <summary>The control API area: its services, its problem details, its OpenAPI document and the page that shows it.</summary>
public static class AdminSetup
{
    public static IHostApplicationBuilder AddAdminApi(this IHostApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddOptions<AdminOptions>()
            .BindConfiguration(AdminOptions.SectionName)
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.TryAddSingleton<ChangeFeed>();
        services.AddSingleton<AdminAccess>();
        services.AddSingleton<AdminHosts>();
        services.AddAuthentication()
            .AddScheme<AuthenticationSchemeOptions, AdminTokenHandler>(AdminAuthorization.Scheme, configureOptions: null);
        services.AddAuthorization();
        services.AddOptions<AuthorizationOptions>().Configure<AdminAccess>((authorization, access) =>
            authorization.AddPolicy(AdminAuthorization.Policy, policy =>
            {
                // Without a token both the control API and the dashboard are open, as start-up warns.
                if (access.Protected)
                {
                    policy.AddAuthenticationSchemes(AdminAuthorization.Scheme).RequireAuthenticatedUser();
                }
                else
                {
                    policy.RequireAssertion(_ => true);
                }
            }));
        services.AddSingleton<ServerDescription>();
        services.AddSingleton<ServerResets>();

        // Unreadable bodies and parameters reach the exception handler, whose problem details then say what was wrong.
        services.Configure<RouteHandlerOptions>(routes => routes.ThrowOnBadRequest = true);
        services.AddProblemDetails(problems => problems.CustomizeProblemDetails = context =>
        {
            if (context.Exception is BadHttpRequestException refused)
            {
                context.ProblemDetails.Status = refused.StatusCode;
                context.ProblemDetails.Detail = refused.InnerException is JsonException json ? $"{refused.Message} {json.Message}" : refused.Message;
            }
            else if (StoreFailures.IsUnavailable(context.Exception))
            {
                context.ProblemDetails.Title = StoreOutage.Title;
                context.ProblemDetails.Detail = StoreOutage.Detail;
                context.HttpContext.Response.Headers.RetryAfter = StoreOutage.RetryAfter;
            }
        });
        services.ConfigureHttpJsonOptions(json => json.SerializerOptions.Converters.Add(new JsonStringEnumConverter()));
        services.AddOpenApi(openApi =>
        {
            openApi.ShouldInclude = description => AdminApi.Covers("/" + description.RelativePath);
            openApi.AddDocumentTransformer((document, _, _) =>
            {
                document.Info.Title = AdminApi.Title;
                document.Info.Description = "Inspect, seed and reset the server, read its journal and steer chaos rules.";
                return Task.CompletedTask;
            });
        });
        return builder;
    }

    /// <summary>
    /// Problem details for every failure under the API's path, the browsable page of its OpenAPI document, and the
    /// refusal of unknown host names and of changes from other sites, and the addresses of routes as sent. Comes after routing, which tells the refusal what endpoint was asked for.
    /// </summary>
    public static IApplicationBuilder UseAdminApi(this IApplicationBuilder app)
    {
        app.UseWhen(context => AdminApi.Covers(context.Request.Path), admin =>
        {
            admin.UseExceptionHandler(new ExceptionHandlerOptions
            {
                StatusCodeSelector = exception => exception switch
                {
                    BadHttpRequestException refused => refused.StatusCode,
                    _ when StoreFailures.IsUnavailable(exception) => StatusCodes.Status503ServiceUnavailable,
                    _ => StatusCodes.Status500InternalServerError,
                },
            });
            admin.UseStatusCodePages();
        });
        app.UseSwaggerUI(swagger =>
        {
            swagger.RoutePrefix = AdminApi.DocsPath.TrimStart('/');
            swagger.SwaggerEndpoint(AdminApi.OpenApiPath, AdminApi.Title);
            swagger.DocumentTitle = AdminApi.Title;
        });
        app.UseHostCheck().UseCrossSiteRefusal().UseAddressRouteValues();
        return app;
    }
}
