using Ews.ImGroups.Host.Admin;
using Ews.ImGroups.Host.Autodiscover;
using Ews.ImGroups.Host.Chaos;
using Ews.ImGroups.Host.Configuration;
using Ews.ImGroups.Host.Dashboard;
using Ews.ImGroups.Host.Https;
using Ews.ImGroups.Host.Identity;
using Ews.ImGroups.Host.Journal;
using Ews.ImGroups.Host.Observability;
using Ews.ImGroups.Host.Soap;
using Ews.ImGroups.Host.Storage;
using Ews.ImGroups.Storage;

if (args is [HealthProbe.Command, ..])
{
    return await HealthProbe.RunAsync(args.ElementAtOrDefault(1));
}

// Settings ship beside the binaries, so the server reads them wherever it is started from.
var builder = WebApplication.CreateBuilder(new WebApplicationOptions { Args = args, ContentRootPath = AppContext.BaseDirectory });
builder.AddEwsConfiguration().AddConnectionLimits().AddObservability().AddStore().AddCallerIdentity().AddJournal().AddChaos();
builder.AddEwsEndpoint().AddAutodiscover().AddAdminApi();
builder.AddHttps();

var app = builder.Build();
app.UseRouting();
app.UseObservability();
app.UseStoreOutageAnswers();
app.UseAdminApi();
app.UseAuthentication().UseAuthorization();
app.MapObservability().MapServiceDescription().MapAutodiscover().MapAdminApi().MapDashboard();
app.UseEwsEndpoint();
try
{
    await app.RunAsync();
}
catch (StoreRefusedException refused)
{
    // A store this server must not use is an operator's problem to fix, not a crash: say which file and why.
    await Console.Error.WriteLineAsync(refused.Message);
    return 1;
}

return 0;

/// <summary>The entry point, visible to the in-process test host.</summary>
public partial class Program;
