namespace Ews.ImGroups.Client;

/// <summary>
/// A person as Exchange shows it: the values chosen for display, the contacts it is made of
/// (<see cref="Attributions"/>), and every value again with the attributions that hold it. The attributed arrays are
/// kept by their element name (<c>DisplayNames</c>, <c>MobilePhones</c>, <c>Emails1</c>, …), so arrays this record
/// has no shortcut for are still at hand.
/// </summary>
public sealed record Persona(ItemId PersonaId)
{
    private static readonly IReadOnlyDictionary<string, IReadOnlyList<AttributedValue<string>>> NoStrings =
        new Dictionary<string, IReadOnlyList<AttributedValue<string>>>();

    private static readonly IReadOnlyDictionary<string, IReadOnlyList<AttributedValue<PhoneNumber>>> NoPhones =
        new Dictionary<string, IReadOnlyList<AttributedValue<PhoneNumber>>>();

    private static readonly IReadOnlyDictionary<string, IReadOnlyList<AttributedValue<EmailAddress>>> NoEmails =
        new Dictionary<string, IReadOnlyList<AttributedValue<EmailAddress>>>();

    public string? PersonaType { get; init; }

    public DateTimeOffset? CreationTime { get; init; }

    public string? DisplayName { get; init; }

    public string? DisplayNameFirstLast { get; init; }

    public string? DisplayNameLastFirst { get; init; }

    public string? FileAs { get; init; }

    public string? FileAsId { get; init; }

    public string? GivenName { get; init; }

    public string? Surname { get; init; }

    public EmailAddress? EmailAddress { get; init; }

    public IReadOnlyList<EmailAddress> EmailAddresses { get; init; } = [];

    public string? ImAddress { get; init; }

    public int? RelevanceScore { get; init; }

    public IReadOnlyList<PersonaAttribution> Attributions { get; init; } = [];

    /// <summary>The arrays of <c>StringAttributedValue</c>s by element name.</summary>
    public IReadOnlyDictionary<string, IReadOnlyList<AttributedValue<string>>> AttributedStrings { get; init; } = NoStrings;

    /// <summary>The arrays of <c>PhoneNumberAttributedValue</c>s by element name.</summary>
    public IReadOnlyDictionary<string, IReadOnlyList<AttributedValue<PhoneNumber>>> AttributedPhoneNumbers { get; init; } = NoPhones;

    /// <summary>The arrays of <c>EmailAddressAttributedValue</c>s by element name.</summary>
    public IReadOnlyDictionary<string, IReadOnlyList<AttributedValue<EmailAddress>>> AttributedEmailAddresses { get; init; } = NoEmails;

    public IReadOnlyList<AttributedValue<ExtendedProperty>> ExtendedProperties { get; init; } = [];

    public IReadOnlyList<AttributedValue<string>> DisplayNames => Strings("DisplayNames");

    public IReadOnlyList<AttributedValue<string>> FileAses => Strings("FileAses");

    public IReadOnlyList<AttributedValue<string>> FileAsIds => Strings("FileAsIds");

    public IReadOnlyList<AttributedValue<string>> GivenNames => Strings("GivenNames");

    public IReadOnlyList<AttributedValue<string>> Surnames => Strings("Surnames");

    public IReadOnlyList<AttributedValue<string>> ImAddresses => Strings("ImAddresses");

    public IReadOnlyList<AttributedValue<PhoneNumber>> BusinessPhoneNumbers => Phones("BusinessPhoneNumbers");

    public IReadOnlyList<AttributedValue<PhoneNumber>> HomePhones => Phones("HomePhones");

    public IReadOnlyList<AttributedValue<PhoneNumber>> MobilePhones => Phones("MobilePhones");

    public IReadOnlyList<AttributedValue<PhoneNumber>> OtherTelephones => Phones("OtherTelephones");

    public IReadOnlyList<AttributedValue<EmailAddress>> Emails1 => AttributedEmailAddresses.GetValueOrDefault("Emails1") ?? [];

    /// <summary>The attribution with that id, for reading where an attributed value comes from.</summary>
    public PersonaAttribution? FindAttribution(string id)
    {
        foreach (var attribution in Attributions)
        {
            if (attribution.Id == id)
            {
                return attribution;
            }
        }

        return null;
    }

    private IReadOnlyList<AttributedValue<string>> Strings(string name) => AttributedStrings.GetValueOrDefault(name) ?? [];

    private IReadOnlyList<AttributedValue<PhoneNumber>> Phones(string name) => AttributedPhoneNumbers.GetValueOrDefault(name) ?? [];
}
