using Ews.ImGroups.Host;
using Ews.ImGroups.Host.Observability;

if (args is [HealthProbe.Command, ..])
{
    return await HealthProbe.RunAsync(args.ElementAtOrDefault(1));
}

return await EwsImGroupsApplication.RunAsync(EwsImGroupsApplication.Build(new EwsImGroupsApplicationOptions { Args = args }));

/// <summary>The entry point, visible to the in-process test host.</summary>
public partial class Program;
