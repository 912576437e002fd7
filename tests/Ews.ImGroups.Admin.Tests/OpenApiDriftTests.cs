using System.Reflection;
using System.Text.Json;
using Ews.ImGroups.Admin.Tests.Infrastructure;

namespace Ews.ImGroups.Admin.Tests;

/// <summary>
/// The client against the server's own OpenAPI document: every request the document lists is one the client sends and
/// the other way round, and the bodies the client writes and reads carry the document's property names, so a route
/// or field renamed or added on one side alone fails here.
/// </summary>
public sealed class OpenApiDriftTests(AdminServer server) : IClassFixture<AdminServer>
{
    /// <summary>The client's record for each schema of the document.</summary>
    private static readonly Dictionary<string, Type> ClientTypes = new()
    {
        ["ServerInfoView"] = typeof(ServerInfo),
        ["ServerCountsView"] = typeof(ServerCounts),
        ["JournalLimitsView"] = typeof(JournalLimits),
        ["MailboxListView"] = typeof(MailboxPage),
        ["MailboxView"] = typeof(Mailbox),
        ["NewMailbox"] = typeof(NewMailbox),
        ["ImListView"] = typeof(ImList),
        ["ImGroupView"] = typeof(ImListGroup),
        ["PersonaView"] = typeof(ImListPersona),
        ["ContactView"] = typeof(ImListContact),
        ["ContactFolder"] = typeof(ContactFolder),
        ["SeedDocument"] = typeof(SeedDocument),
        ["SeedMailbox"] = typeof(SeedMailbox),
        ["SeedContact"] = typeof(SeedContact),
        ["SeedGroup"] = typeof(SeedGroup),
        ["SeedDistributionGroup"] = typeof(SeedDistributionGroup),
        ["SeedPhoto"] = typeof(SeedPhoto),
        ["JournalListView"] = typeof(JournalPage),
        ["JournalSummary"] = typeof(JournalEntrySummary),
        ["JournalEntry"] = typeof(JournalEntry),
        ["ChaosRuleDefinition"] = typeof(ChaosRule),
        ["ChaosEffect"] = typeof(ChaosEffect),
        ["ChaosRuleView"] = typeof(ChaosRuleState),
        ["PhotoView"] = typeof(PhotoInfo),
    };

    /// <summary>
    /// What the document holds that the client deliberately does not read: the values a seed contact's export derives
    /// from its other fields (and the schema of one of them), and problem details, which the exception reads.
    /// </summary>
    private static readonly HashSet<string> DerivedProperties = ["SeedContact.resolvedFolder", "SeedContact.details"];

    private static readonly HashSet<string> SchemasReadElsewhere = ["ContactDetails", "ProblemDetails"];

    [Fact]
    public async Task The_client_sends_every_request_of_the_document_and_no_other()
    {
        var document = await DocumentAsync();

        var documented = document.GetProperty("paths").EnumerateObject()
            .SelectMany(path => path.Value.EnumerateObject().Select(operation => $"{operation.Name.ToUpperInvariant()} {path.Name}"))
            .ToList();
        var sent = EwsImGroupsAdminClient.Routes.Select(r => $"{r.Method} {r.Template}").ToList();

        documented.Should().OnlyHaveUniqueItems().And.NotBeEmpty();
        sent.Should().OnlyHaveUniqueItems();
        sent.Should().BeEquivalentTo(documented);
    }

    [Fact]
    public void Every_route_names_a_public_method_and_every_public_method_has_a_route()
    {
        var methods = typeof(EwsImGroupsAdminClient).GetMethods(BindingFlags.Public | BindingFlags.Instance | BindingFlags.DeclaredOnly)
            .Where(m => !m.IsSpecialName)
            .Select(m => m.Name)
            .ToList();

        EwsImGroupsAdminClient.Routes.Select(r => r.ClientMethod).Should().BeEquivalentTo(methods);
    }

    [Fact]
    public async Task The_client_reads_and_writes_the_documents_property_names()
    {
        var schemas = (await DocumentAsync()).GetProperty("components").GetProperty("schemas");

        foreach (var schema in schemas.EnumerateObject().Where(s => !SchemasReadElsewhere.Contains(s.Name)))
        {
            ClientTypes.Should().ContainKey(schema.Name, "the client needs a record for every body the document describes");
            var type = ClientTypes[schema.Name];
            if (type.IsEnum)
            {
                schema.Value.GetProperty("enum").EnumerateArray().Select(v => v.GetString())
                    .Should().Equal(Enum.GetNames(type), $"{schema.Name} and {type.Name} name the same values in the same order");
                continue;
            }

            var documented = schema.Value.GetProperty("properties").EnumerateObject().Select(p => p.Name)
                .Where(name => !DerivedProperties.Contains($"{schema.Name}.{name}"));
            var written = JsonSerializerOptions.Web.GetTypeInfo(type).Properties.Select(p => p.Name);
            written.Should().BeEquivalentTo(documented, $"{type.Name} is the client's {schema.Name}");
        }

        ClientTypes.Keys.Should().BeSubsetOf(schemas.EnumerateObject().Select(s => s.Name), "every record the client maps is still in the document");
        schemas.GetProperty("ProblemDetails").GetProperty("properties").EnumerateObject().Select(p => p.Name)
            .Should().Contain(["status", "title", "detail"], "the exception reads these");
    }

    [Fact]
    public async Task Each_method_takes_and_returns_the_bodies_its_route_documents()
    {
        var document = await DocumentAsync();

        foreach (var route in EwsImGroupsAdminClient.Routes)
        {
            var operation = document.GetProperty("paths").GetProperty(route.Template).GetProperty(route.Method.ToLowerInvariant());
            var method = typeof(EwsImGroupsAdminClient).GetMethod(route.ClientMethod)!;

            var answer = operation.GetProperty("responses").EnumerateObject().Where(r => r.Name.StartsWith('2'))
                .Select(r => JsonBody(r.Value)).SingleOrDefault(body => body is not null);
            ResultOf(method).Should().Be(answer is null ? null : ClientTypeOf(answer.Value), $"{route.ClientMethod} reads what {route.Method} {route.Template} answers");

            if (operation.TryGetProperty("requestBody", out var request) && JsonBody(request) is { } body)
            {
                var sentType = ClientTypeOf(body);
                var parameters = method.GetParameters().Select(p => p.ParameterType).ToList();
                // Adding to an IM list takes the entry's contacts and groups and sends them as the mailbox's entry.
                (parameters.Contains(sentType) || (sentType == typeof(SeedMailbox) && parameters.Contains(typeof(IReadOnlyList<SeedContact>))))
                    .Should().BeTrue($"{route.ClientMethod} sends the {sentType.Name} that {route.Method} {route.Template} takes");
            }
        }
    }

    private async Task<JsonElement> DocumentAsync()
    {
        using var http = server.CreateClient();
        var text = await http.GetStringAsync(new Uri("/admin/api/openapi.json", UriKind.Relative));
        return JsonDocument.Parse(text).RootElement.Clone();
    }

    /// <summary>The JSON schema of a request or response body, when it has one.</summary>
    private static JsonElement? JsonBody(JsonElement bodyOrResponse) =>
        bodyOrResponse.TryGetProperty("content", out var content) && content.TryGetProperty("application/json", out var json) ? json.GetProperty("schema") : null;

    /// <summary>The client type a schema stands for: a reference, an array of one, or a reference that may be null.</summary>
    private static Type ClientTypeOf(JsonElement schema)
    {
        if (schema.TryGetProperty("$ref", out var reference))
        {
            return ClientTypes[reference.GetString()!.Split('/')[^1]];
        }

        if (schema.TryGetProperty("items", out var items))
        {
            return typeof(IReadOnlyList<>).MakeGenericType(ClientTypeOf(items));
        }

        return ClientTypeOf(schema.GetProperty("oneOf").EnumerateArray().Single(s => s.TryGetProperty("$ref", out _)));
    }

    /// <summary>What a method's task gives, or null for a plain task or a stream that is not JSON.</summary>
    private static Type? ResultOf(MethodInfo method) =>
        method.ReturnType.IsGenericType && method.ReturnType.GetGenericTypeDefinition() == typeof(Task<>)
            && method.ReturnType.GetGenericArguments()[0] != typeof(UserPhoto)
            ? method.ReturnType.GetGenericArguments()[0]
            : null;
}
