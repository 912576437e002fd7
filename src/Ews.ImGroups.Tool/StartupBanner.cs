using Ews.ImGroups.Host;
using Ews.ImGroups.Host.Observability;
using Microsoft.AspNetCore.Builder;

namespace Ews.ImGroups.Tool;

/// <summary>
/// Once the server listens, after the lines naming its bound addresses: where its EWS endpoint, dashboard and control API
/// are, under its first address, in the console log's format.
/// </summary>
public static class StartupBanner
{
    public const string EwsText = "Ews.ImGroups EWS endpoint at ";
    public const string DashboardText = "Ews.ImGroups dashboard at ";
    public const string ControlApiText = "Ews.ImGroups control API at ";
    public const string EwsProperty = "EwsUrl";
    public const string DashboardProperty = "DashboardUrl";
    public const string ControlApiProperty = "ControlApiUrl";

    public static void Write(WebApplication app)
    {
        if (EwsImGroupsApplication.Endpoints(app) is not [var endpoints, ..])
        {
            return;
        }

        ListeningAnnouncement.Announce(app.Services, EwsText, EwsProperty, endpoints.Ews.AbsoluteUri);
        ListeningAnnouncement.Announce(app.Services, DashboardText, DashboardProperty, endpoints.Dashboard.AbsoluteUri);
        ListeningAnnouncement.Announce(app.Services, ControlApiText, ControlApiProperty, endpoints.ControlApi.AbsoluteUri);
    }
}
