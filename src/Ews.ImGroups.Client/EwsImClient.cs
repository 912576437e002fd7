using System.Net.Http.Headers;
using System.Xml;
using System.Xml.Linq;
using Ews.ImGroups.Client.Wire;
using static Ews.ImGroups.Client.Wire.EwsRequest;

namespace Ews.ImGroups.Client;

/// <summary>
/// The Unified Contact Store (IM list) operations of Exchange Web Services, and POX Autodiscover. Each method sends one
/// request (more with <see cref="EwsImClientOptions.RetryOnThrottling"/>) and returns what the answer holds; errors
/// come as <see cref="EwsResponseException"/> (the operation's own error response), <see cref="EwsFaultException"/>
/// (a SOAP fault), or <see cref="HttpRequestException"/> (an answer that is not SOAP, such as a <c>401</c>).
/// The client does not own <paramref name="httpClient"/> and is safe to share between threads.
/// </summary>
public sealed class EwsImClient(HttpClient httpClient, EwsImClientOptions options)
{
    private static readonly MediaTypeHeaderValue XmlContentType = new("text/xml") { CharSet = "utf-8" };

    private readonly HttpClient http = httpClient ?? throw new ArgumentNullException(nameof(httpClient));
    private readonly EwsImClientOptions options = Validated(options);

    public EwsImClientOptions Options => options;

    /// <summary>Adds a user group with that name and returns it with its id.</summary>
    public async Task<ImGroup> AddImGroupAsync(string displayName, CancellationToken cancellationToken = default)
    {
        var response = await SendAsync("AddImGroup", xml => Text(xml, "DisplayName", displayName), cancellationToken).ConfigureAwait(false);
        return ImItemReader.Group(Required(response, "ImGroup"));
    }

    /// <summary>Adds an existing contact to a group, or to Other Contacts when <paramref name="groupId"/> is null.</summary>
    public Task AddImContactToGroupAsync(ItemId contactId, ItemId? groupId = null, CancellationToken cancellationToken = default) =>
        SendAsync(
            "AddImContactToGroup",
            xml =>
            {
                Id(xml, "ContactId", contactId);
                if (groupId is not null)
                {
                    Id(xml, "GroupId", groupId);
                }
            },
            cancellationToken);

    /// <summary>Creates a contact for an IM address, puts it in a group (Other Contacts when none) and returns its persona.</summary>
    public async Task<Persona> AddNewImContactToGroupAsync(
        string imAddress, string? displayName = null, ItemId? groupId = null, CancellationToken cancellationToken = default)
    {
        var response = await SendAsync(
            "AddNewImContactToGroup",
            xml =>
            {
                Text(xml, "ImAddress", imAddress);
                if (displayName is not null)
                {
                    Text(xml, "DisplayName", displayName);
                }

                if (groupId is not null)
                {
                    Id(xml, "GroupId", groupId);
                }
            },
            cancellationToken).ConfigureAwait(false);
        return ImItemReader.Persona(Required(response, "Persona"));
    }

    /// <summary>Creates a telephone contact (a <c>tel:</c> URI and its number), puts it in a group and returns its persona.</summary>
    public async Task<Persona> AddNewTelUriContactToGroupAsync(
        string telUriAddress, string imContactSipUriAddress, string imTelephoneNumber, ItemId? groupId = null, CancellationToken cancellationToken = default)
    {
        var response = await SendAsync(
            "AddNewTelUriContactToGroup",
            xml =>
            {
                Text(xml, "TelUriAddress", telUriAddress);
                Text(xml, "ImContactSipUriAddress", imContactSipUriAddress);
                Text(xml, "ImTelephoneNumber", imTelephoneNumber);
                if (groupId is not null)
                {
                    Id(xml, "GroupId", groupId);
                }
            },
            cancellationToken).ConfigureAwait(false);
        return ImItemReader.Persona(Required(response, "Persona"));
    }

    /// <summary>Adds a directory distribution group to the IM list and returns the group that stands for it.</summary>
    public async Task<ImGroup> AddDistributionGroupToImListAsync(string smtpAddress, string displayName, CancellationToken cancellationToken = default)
    {
        var response = await SendAsync(
            "AddDistributionGroupToImList",
            xml =>
            {
                Text(xml, "SmtpAddress", smtpAddress);
                Text(xml, "DisplayName", displayName);
            },
            cancellationToken).ConfigureAwait(false);
        return ImItemReader.Group(Required(response, "ImGroup"));
    }

    /// <summary>The whole IM list: every group and the persona of every contact in one.</summary>
    public async Task<ImItemList> GetImItemListAsync(
        IReadOnlyCollection<ExtendedFieldUri>? extendedProperties = null, CancellationToken cancellationToken = default)
    {
        var response = await SendAsync(
            "GetImItemList",
            xml =>
            {
                if (extendedProperties is { Count: > 0 })
                {
                    FieldUris(xml, extendedProperties);
                }
            },
            cancellationToken).ConfigureAwait(false);
        return ImItemReader.List(ResponseValues.Child(response, "ImItemList"));
    }

    /// <summary>The named contacts (as personas) and groups, with the extended properties asked for.</summary>
    public async Task<ImItemList> GetImItemsAsync(
        IReadOnlyCollection<ItemId>? contactIds,
        IReadOnlyCollection<ItemId>? groupIds,
        IReadOnlyCollection<ExtendedFieldUri>? extendedProperties = null,
        CancellationToken cancellationToken = default)
    {
        var response = await SendAsync(
            "GetImItems",
            xml =>
            {
                if (contactIds is { Count: > 0 })
                {
                    Ids(xml, "ContactIds", contactIds);
                }

                if (groupIds is { Count: > 0 })
                {
                    Ids(xml, "GroupIds", groupIds);
                }

                if (extendedProperties is { Count: > 0 })
                {
                    FieldUris(xml, extendedProperties);
                }
            },
            cancellationToken).ConfigureAwait(false);
        return ImItemReader.List(ResponseValues.Child(response, "ImItemList"));
    }

    /// <summary>Takes a contact off the IM list: out of every group.</summary>
    public Task RemoveContactFromImListAsync(ItemId contactId, CancellationToken cancellationToken = default) =>
        SendAsync("RemoveContactFromImList", xml => Id(xml, "ContactId", contactId), cancellationToken);

    public Task RemoveDistributionGroupFromImListAsync(ItemId groupId, CancellationToken cancellationToken = default) =>
        SendAsync("RemoveDistributionGroupFromImList", xml => Id(xml, "GroupId", groupId), cancellationToken);

    public Task RemoveImContactFromGroupAsync(ItemId contactId, ItemId groupId, CancellationToken cancellationToken = default) =>
        SendAsync(
            "RemoveImContactFromGroup",
            xml =>
            {
                Id(xml, "ContactId", contactId);
                Id(xml, "GroupId", groupId);
            },
            cancellationToken);

    public Task RemoveImGroupAsync(ItemId groupId, CancellationToken cancellationToken = default) =>
        SendAsync("RemoveImGroup", xml => Id(xml, "GroupId", groupId), cancellationToken);

    /// <summary>Renames a group; a change key in <paramref name="groupId"/> is sent as given.</summary>
    public Task SetImGroupAsync(ItemId groupId, string newDisplayName, CancellationToken cancellationToken = default) =>
        SendAsync(
            "SetImGroup",
            xml =>
            {
                Id(xml, "GroupId", groupId);
                Text(xml, "NewDisplayName", newDisplayName);
            },
            cancellationToken);

    /// <summary>Marks the mailbox's IM list as migrated from Lync (or not); Exchange documents it as not for public use.</summary>
    public Task SetImListMigrationCompletedAsync(bool completed, CancellationToken cancellationToken = default) =>
        SendAsync("SetImListMigrationCompleted", xml => Text(xml, "ImListMigrationCompleted", completed ? "true" : "false"), cancellationToken);

    /// <summary>
    /// Asks POX Autodiscover (<see cref="EwsImClientOptions.AutodiscoverUrl"/>) for the settings of a mailbox, signed in
    /// as for EWS. Redirects are returned, not followed; an error answer is an <see cref="AutodiscoverException"/>.
    /// </summary>
    public async Task<AutodiscoverSettings> AutodiscoverAsync(string emailAddress, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(emailAddress);
        var url = options.AutodiscoverUrl ?? AutodiscoverWire.DefaultUrl(options.Url);
        using var request = await RequestAsync(url, AutodiscoverWire.Request(emailAddress), soapAction: null, cancellationToken).ConfigureAwait(false);
        using var response = await http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, cancellationToken).ConfigureAwait(false);
        var document = await EwsResponse.LoadAsync(response, cancellationToken).ConfigureAwait(false);
        return AutodiscoverWire.Read(document, response);
    }

    private static EwsImClientOptions Validated(EwsImClientOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        options.Validate();
        return options;
    }

    private static XElement Required(XElement response, string name) =>
        ResponseValues.Child(response, name)
        ?? throw new HttpRequestException($"{response.Name.LocalName} succeeded but holds no {name}.");

    private async Task<XElement> SendAsync(string operation, Action<XmlWriter> content, CancellationToken cancellationToken)
    {
        var body = Build(options, operation, content);
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                return await SendOnceAsync(operation, body, cancellationToken).ConfigureAwait(false);
            }
            catch (EwsException e) when (RetryDelay(e, attempt) is { } delay)
            {
                await Task.Delay(delay, options.TimeProvider, cancellationToken).ConfigureAwait(false);
            }
        }
    }

    /// <summary>How long to wait before trying again, or null to throw.</summary>
    private TimeSpan? RetryDelay(EwsException error, int attempt)
    {
        if (options.RetryOnThrottling is not { } retry || !error.IsServerBusy || attempt >= retry.MaxAttempts)
        {
            return null;
        }

        var delay = error.BackOffMilliseconds is { } backOff ? TimeSpan.FromMilliseconds(backOff) : retry.DefaultBackOff;
        return delay <= retry.MaxBackOff ? delay : null;
    }

    private async Task<XElement> SendOnceAsync(string operation, byte[] body, CancellationToken cancellationToken)
    {
        using var request = await RequestAsync(options.Url, body, EwsNames.ActionPrefix + operation, cancellationToken).ConfigureAwait(false);
        using var response = await http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, cancellationToken).ConfigureAwait(false);
        return await EwsResponse.ReadAsync(response, operation, cancellationToken).ConfigureAwait(false);
    }

    private async Task<HttpRequestMessage> RequestAsync(Uri url, byte[] body, string? soapAction, CancellationToken cancellationToken)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, url) { Content = new ByteArrayContent(body) };
        request.Content.Headers.ContentType = XmlContentType;
        if (soapAction is not null)
        {
            request.Headers.TryAddWithoutValidation("SOAPAction", $"\"{soapAction}\"");
        }

        if (options.Credentials is { } credentials)
        {
            request.Headers.Authorization = await credentials.HeaderAsync(cancellationToken).ConfigureAwait(false);
        }

        return request;
    }
}
