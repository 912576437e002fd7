using Ews.ImGroups.Host;
using Ews.ImGroups.Host.Admin;
using Ews.ImGroups.Host.Autodiscover;
using Ews.ImGroups.Host.Dashboard;
using Ews.ImGroups.Host.Observability;

if (args is [HealthProbe.Command, ..])
{
    return await HealthProbe.RunAsync(args.ElementAtOrDefault(1));
}

// Settings ship beside the binaries, so the server reads them wherever it is started from.
var builder = WebApplication.CreateBuilder(new WebApplicationOptions { Args = args, ContentRootPath = AppContext.BaseDirectory });

builder.Services.AddEwsLogging(builder.Configuration);
builder.Services.AddEwsImGroups(builder.Configuration);

var app = builder.Build();

app.UseEwsRequestLogging();
app.AnnounceAddresses();
app.UseWhen(context => AdminApi.Covers(context.Request.Path), admin =>
{
    admin.UseExceptionHandler(new ExceptionHandlerOptions
    {
        StatusCodeSelector = exception => exception is BadHttpRequestException refused ? refused.StatusCode : StatusCodes.Status500InternalServerError,
    });
    admin.UseStatusCodePages();
});
app.MapHealthChecks(EwsEndpoint.HealthPath);
app.MapHealthChecks(EwsEndpoint.ReadyPath);
app.MapHealthChecks(EwsEndpoint.LivePath, new Microsoft.AspNetCore.Diagnostics.HealthChecks.HealthCheckOptions { Predicate = _ => false });
app.MapGet(EwsMetrics.Path, (EwsMetrics metrics) => Results.Text(metrics.Render(), EwsMetrics.ContentType));
app.MapServiceDescription();
app.MapAutodiscover();
app.MapAdminApi();
app.MapDashboard();
app.MapOpenApi(AdminApi.OpenApiPath);
app.UseSwaggerUI(swagger =>
{
    swagger.RoutePrefix = AdminApi.DocsPath.TrimStart('/');
    swagger.SwaggerEndpoint(AdminApi.OpenApiPath, AdminApi.Title);
    swagger.DocumentTitle = AdminApi.Title;
});
AdminApi.ReportProtection(app.Services.GetRequiredService<AdminAccess>(), app.Logger);
app.UseEwsEndpoint();

await app.RunAsync();
return 0;

/// <summary>The entry point, visible to the in-process test host.</summary>
public partial class Program;
