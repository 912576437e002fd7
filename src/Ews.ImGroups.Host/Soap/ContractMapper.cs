using System.Globalization;
using Ews.ImGroups.Domain.Ids;
using Ews.ImGroups.Domain.Lists;
using Ews.ImGroups.Host.Soap.Contracts;

namespace Ews.ImGroups.Host.Soap;

/// <summary>Shows domain records as EWS contract types: ids and change keys, groups, lists and personas.</summary>
public sealed class ContractMapper(ItemIdCodec ids)
{
    /// <summary>What Exchange reports for a persona that was not ranked by a search.</summary>
    private const int UnrankedRelevance = int.MaxValue;

    public ItemIdType ItemId(ItemKey key, int version) => new()
    {
        Id = ids.EncodeId(key),
        ChangeKey = ItemIdCodec.EncodeChangeKey(key.Kind, version),
    };

    public ImGroupType Group(ImGroup group, IReadOnlyList<ListedMember>? members = null) => new()
    {
        DisplayName = group.DisplayName,
        GroupType = group.GroupType,
        ExchangeStoreId = ItemId(group.Key, group.Version),
        MemberCorrelationKey = members is { Count: > 0 }
            ? members.Select(m => ItemId(new ItemKey(ItemKind.Contact, group.MailboxId, m.ContactNumber), m.Version)).ToList()
            : null,
        SmtpAddress = group.SmtpAddress,
    };

    public ImItemListType List(ImItemList list) => new()
    {
        Groups = list.Groups.Select(g => Group(g.Group, g.Members)).ToList(),
        Personas = list.Personas.Select(Persona).ToList(),
    };

    /// <summary>
    /// A contact as a persona. Telephone contacts show their number instead of a name and come from Lync's list, as
    /// in Exchange; others show their names, addresses and the contact they come from.
    /// </summary>
    public PersonaContract Persona(ImContact contact)
    {
        var details = contact.Details;
        var source = new PersonaAttributionType
        {
            SourceId = ItemId(contact.Key, contact.Version),
            DisplayName = details.TelUriAddress is null ? "Outlook" : "Lync Contacts",
            IsWritable = details.TelUriAddress is null,
            IsQuickContact = true,
            IsHidden = false,
        };
        var common = new PersonaContract
        {
            PersonaId = new ItemIdType { Id = ids.EncodeId(contact.PersonaKey) },
            CreationTime = contact.CreatedAt.UtcDateTime.ToString("yyyy-MM-ddTHH:mm:ssZ", CultureInfo.InvariantCulture),
            FileAsId = "None",
            RelevanceScore = UnrankedRelevance,
            Attributions = [source],
        };
        if (details.TelUriAddress is not null)
        {
            return common with
            {
                DisplayName = string.Empty,
                DisplayNameFirstLast = details.ImTelephoneNumber,
                DisplayNameLastFirst = details.ImTelephoneNumber,
                FileAs = string.Empty,
            };
        }

        var hasFullName = !string.IsNullOrEmpty(details.GivenName) && !string.IsNullOrEmpty(details.Surname);
        var email = details.EmailAddress is null
            ? null
            : new EmailAddressType { Name = details.DisplayName, EmailAddress = details.EmailAddress, RoutingType = "SMTP" };
        return common with
        {
            DisplayName = details.DisplayName,
            DisplayNameFirstLast = hasFullName ? $"{details.GivenName} {details.Surname}" : details.DisplayName,
            DisplayNameLastFirst = hasFullName ? $"{details.Surname} {details.GivenName}" : details.DisplayName,
            FileAs = hasFullName ? $"{details.Surname}, {details.GivenName}" : null,
            FileAsId = hasFullName ? "LastCommaFirst" : "None",
            GivenName = details.GivenName,
            Surname = details.Surname,
            EmailAddress = email,
            EmailAddresses = email is null ? null : [email],
            ImAddress = details.ImAddress,
        };
    }
}
