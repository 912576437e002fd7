using System.ServiceModel.Channels;
using Ews.ImGroups.Domain.Ids;
using Ews.ImGroups.Domain.Lists;
using Ews.ImGroups.Domain.People;
using Ews.ImGroups.Host.Common;
using Ews.ImGroups.Host.Configuration;
using Ews.ImGroups.Host.Photos;
using Ews.ImGroups.Host.Soap.Gate;
using Ews.ImGroups.Storage;
using Microsoft.Extensions.Options;
using SoapCore;
using SoapCore.Extensibility;

namespace Ews.ImGroups.Host.Soap;

/// <summary>
/// The EWS endpoint: the recorder and the gate in front of SoapCore, SoapCore itself, the service mapping the
/// contract onto the IM-list rules, the published WSDL and schemas, and the REST form of GetUserPhoto beside them.
/// </summary>
public static class EwsEndpointSetup
{
    public static IHostApplicationBuilder AddEwsEndpoint(this IHostApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddSingleton(provider =>
        {
            var ews = provider.GetRequiredService<IOptions<EwsOptions>>().Value;
            return new ImListLimits(ews.MaxGroupsPerMailbox, ews.MaxContactsPerMailbox);
        });
        // Scoped, as the ids they read and write are signed with the request's tenant's key. The codec is handed over
        // rather than registered: the tenant's keys own it, and a scope would dispose what it resolved.
        services.AddScoped(sp => new ImGroupService(sp.GetRequiredService<IImListStore>(), sp.GetRequiredService<ImListLimits>(), Ids(sp)));
        services.AddScoped(sp => new ImContactService(
            sp.GetRequiredService<IImListStore>(), sp.GetRequiredService<ImListLimits>(), Ids(sp), sp.GetRequiredService<TimeProvider>()));
        services.AddScoped(sp => new ImListService(sp.GetRequiredService<IImListStore>(), Ids(sp)));
        services.AddScoped(sp => new PeopleService(sp.GetRequiredService<IPeopleStore>(), Ids(sp)));

        services.AddSingleton<EwsSchemas>();
        services.AddSingleton<EnvelopeValidator>();
        services.AddSingleton<ImpersonationResolver>();

        services.AddSoapCore();
        services.AddScoped<IFaultExceptionTransformer, InternalErrorFaults>();
        services.AddSingleton<IMessageInspector2, ServerVersionInspector>();
        services.AddScoped(sp => new PersonaWriter(Ids(sp)));
        services.AddScoped(sp => new ContractMapper(Ids(sp), sp.GetRequiredService<PersonaWriter>()));
        services.AddScoped(sp => new PeopleWriter(Ids(sp), sp.GetRequiredService<PersonaWriter>()));
        services.AddScoped<ExchangeImService>();
        services.AddHttpContextAccessor();
        services.AddSingleton<UserPhotoRest>();
        return builder;
    }

    private static ItemIdCodec Ids(IServiceProvider services) => services.GetRequiredService<TenantIdKeys>().Current;

    public static IApplicationBuilder UseEwsEndpoint(this IApplicationBuilder app)
    {
        // The REST form of GetUserPhoto lies below the endpoint's path but is no SOAP exchange: it is answered before the gate.
        app.MapWhen(context => UserPhotoRest.Matches(context.Request.Path), rest => rest.Run(context =>
            context.RequestServices.GetRequiredService<UserPhotoRest>().InvokeAsync(context, context.RequestServices.GetRequiredService<RequestOutcome>())));
        app.UseWhen(context => EwsEndpoint.Covers(context.Request.Path), gate => gate
            .UseMiddleware<ExchangeRecorder>()
            .UseMiddleware<EwsGateMiddleware>());
        app.UseSoapEndpoint<ExchangeImService, EwsResponseEnvelope>(options =>
        {
            options.Path = EwsEndpoint.Path;
            options.CaseInsensitivePath = true;
            options.SoapSerializer = SoapSerializer.XmlSerializer;
            options.EncoderOptions = [new SoapEncoderOptions
            {
                MessageVersion = MessageVersion.Soap11,
                WriteEncoding = new System.Text.UTF8Encoding(false),
                OverwriteResponseContentType = true,
            }];
            options.IndentXml = false;
            options.OmitXmlDeclaration = false;
            options.HttpGetEnabled = false;
            options.HttpsGetEnabled = false;
            options.HttpPostEnabled = false;
            options.HttpsPostEnabled = false;
        });
        return app;
    }
}
