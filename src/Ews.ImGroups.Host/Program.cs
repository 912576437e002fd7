using Ews.ImGroups.Host;
using Ews.ImGroups.Host.Admin;
using Ews.ImGroups.Host.Autodiscover;
using Ews.ImGroups.Host.Dashboard;
using Ews.ImGroups.Host.Observability;
using Serilog;

if (args is [HealthProbe.Command, ..])
{
    return await HealthProbe.RunAsync(args.ElementAtOrDefault(1));
}

// Settings ship beside the binaries, so the server reads them wherever it is started from.
var builder = WebApplication.CreateBuilder(new WebApplicationOptions { Args = args, ContentRootPath = AppContext.BaseDirectory });

builder.Services.AddSerilog((services, logger) => logger
    .ReadFrom.Configuration(builder.Configuration)
    .ReadFrom.Services(services)
    .Enrich.FromLogContext()
    .WriteTo.Console(formatProvider: System.Globalization.CultureInfo.InvariantCulture),
    preserveStaticLogger: true);

builder.Services.AddEwsImGroups(builder.Configuration);

var app = builder.Build();

app.UseSerilogRequestLogging(logging =>
{
    // The host's own logger, not the static one, so several servers in one process keep their logs apart.
    logging.Logger = app.Services.GetRequiredService<Serilog.ILogger>();
    logging.MessageTemplate =
        "{RequestMethod} {RequestPath} {Operation} {Mailbox} {ResponseClass} {ResponseCode} HTTP {StatusCode} in {Elapsed:0.0} ms";
    logging.GetLevel = (context, _, exception) =>
        EwsEndpoint.Covers(context.Request.Path) || AutodiscoverEndpoint.Matches(context.Request.Path) || exception is not null
        ? Serilog.Events.LogEventLevel.Information
        : Serilog.Events.LogEventLevel.Debug;
});
app.UseWhen(context => AdminApi.Covers(context.Request.Path), admin =>
{
    admin.UseExceptionHandler();
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
