using System.ServiceModel.Channels;
using System.Text.Json;
using System.Text.Json.Serialization;
using Ews.ImGroups.Domain.Lists;
using Ews.ImGroups.Host.Admin;
using Ews.ImGroups.Host.Autodiscover;
using Ews.ImGroups.Host.Chaos;
using Ews.ImGroups.Host.Journal;
using Ews.ImGroups.Host.Configuration;
using Ews.ImGroups.Host.Identity;
using Ews.ImGroups.Host.Observability;
using Ews.ImGroups.Host.Soap;
using Ews.ImGroups.Host.Soap.Contracts;
using Ews.ImGroups.Host.Soap.Pipeline;
using Ews.ImGroups.Storage;
using Microsoft.Extensions.Options;
using SoapCore;
using SoapCore.Extensibility;

namespace Ews.ImGroups.Host;

/// <summary>Wires the EWS endpoint: options, storage, the gate in front of SoapCore, and SoapCore itself.</summary>
public static class EwsEndpoint
{
    public const string Path = "/EWS/Exchange.asmx";
    public const string HealthPath = "/health";
    public const string LivePath = "/livez";
    public const string ReadyPath = "/readyz";
    public const string ConnectionStringName = "ImGroups";
    public const string DefaultConnectionString = "Data Source=data/imgroups.db";
    public const string AuthenticationSection = EwsOptions.SectionName + ":Authentication";

    public static bool Matches(PathString path) => path.Equals(Path, StringComparison.OrdinalIgnoreCase);

    /// <summary>The endpoint's URL as the client reached the server: the scheme, host and path base it used.</summary>
    public static string UrlFor(HttpRequest request) => $"{request.Scheme}://{request.Host}{request.PathBase}{Path}";

    /// <summary>The endpoint and every path below it, which SoapCore would otherwise answer without the gate.</summary>
    public static bool Covers(PathString path) => path.StartsWithSegments(Path, StringComparison.OrdinalIgnoreCase);

    public static IServiceCollection AddEwsImGroups(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<EwsOptions>()
            .Bind(configuration.GetSection(EwsOptions.SectionName))
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.AddSingleton<IValidateOptions<EwsOptions>, EwsOptionsValidator>();
        services.AddOptions<AuthenticationOptions>()
            .Bind(configuration.GetSection(AuthenticationSection))
            .ValidateOnStart();
        services.AddSingleton<IValidateOptions<AuthenticationOptions>, AuthenticationOptionsValidator>();
        services.AddSingleton<BearerTokens>();
        services.AddSingleton<CallerAuthenticator>();

        services.AddImGroupsStorage(configuration.GetConnectionString(ConnectionStringName) ?? DefaultConnectionString);
        services.AddHostedService<StorageStartup>();
        services.AddHealthChecks().AddCheck<StoreHealthCheck>("store", tags: [StoreHealthCheck.ReadyTag]);
        services.AddSingleton<EwsMetrics>();
        services.AddSingleton<ChangeFeed>();
        services.AddOptions<JournalOptions>()
            .Bind(configuration.GetSection(JournalOptions.SectionName))
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.AddSingleton<RequestJournal>();
        services.AddOptions<ChaosOptions>()
            .Bind(configuration.GetSection(ChaosOptions.SectionName))
            .ValidateOnStart();
        services.AddSingleton<IValidateOptions<ChaosOptions>, ChaosOptionsValidator>();
        services.AddSingleton<ChaosRules>();
        services.AddSingleton<ChaosInjector>();
        services.AddOptions<AdminOptions>()
            .Bind(configuration.GetSection(AdminOptions.SectionName))
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.AddSingleton<AdminAccess>();
        services.AddSingleton<SeedState>();
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

        services.AddSingleton(sp =>
        {
            var ews = sp.GetRequiredService<IOptions<EwsOptions>>().Value;
            return new ImListLimits(ews.MaxGroupsPerMailbox, ews.MaxContactsPerMailbox);
        });
        services.AddSingleton(TimeProvider.System);
        services.AddSingleton<ImGroupService>();
        services.AddSingleton<ImContactService>();
        services.AddSingleton<ImListService>();
        services.AddSingleton<EwsSchemas>();
        services.AddSingleton<EnvelopeValidator>();
        services.AddSingleton<ImpersonationResolver>();
        services.AddSingleton<AutodiscoverHandler>();
        services.AddHttpContextAccessor();

        services.AddSoapCore();
        services.AddSingleton<IFaultExceptionTransformer, InternalErrorFaults>();
        services.AddSingleton<IMessageInspector2, ServerVersionInspector>();
        services.AddSingleton<ContractMapper>();
        services.AddSingleton<ExchangeImService>();
        return services;
    }

    public static IApplicationBuilder UseEwsEndpoint(this IApplicationBuilder app)
    {
        app.UseWhen(context => Covers(context.Request.Path), gate => gate.UseMiddleware<EwsGateMiddleware>());
        app.UseSoapEndpoint<ExchangeImService>(options =>
        {
            options.Path = Path;
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
