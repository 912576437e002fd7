using System.Globalization;
using System.Xml.Linq;
using static Ews.ImGroups.Client.Wire.ResponseValues;

namespace Ews.ImGroups.Client.Wire;

/// <summary>Reads IM groups, personas and item lists out of response messages.</summary>
internal static class ImItemReader
{
    public static ImItemList List(XElement? list) => new(
        Children(list is null ? null : Child(list, "Groups"), "ImGroup").Select(Group).ToArray(),
        Children(list is null ? null : Child(list, "Personas"), "Persona").Select(Persona).ToArray());

    public static ImGroup Group(XElement group) => new(
        Text(group, "DisplayName") ?? string.Empty,
        Text(group, "GroupType") ?? string.Empty,
        ItemIdOf(Child(group, "ExchangeStoreId")),
        Children(Child(group, "MemberCorrelationKey"), "ItemId").Select(e => ItemIdOf(e)!).Where(id => id is not null).ToArray(),
        Children(Child(group, "ExtendedProperties"), "ExtendedProperty").Select(ExtendedProperty).ToArray(),
        Text(group, "SmtpAddress"));

    public static Persona Persona(XElement persona)
    {
        var strings = new Dictionary<string, IReadOnlyList<AttributedValue<string>>>(StringComparer.Ordinal);
        var phones = new Dictionary<string, IReadOnlyList<AttributedValue<PhoneNumber>>>(StringComparer.Ordinal);
        var emails = new Dictionary<string, IReadOnlyList<AttributedValue<EmailAddress>>>(StringComparer.Ordinal);
        IReadOnlyList<AttributedValue<ExtendedProperty>> extended = [];

        // An attributed array is known by what it holds, so every array of the schema's kinds is read, not only the
        // ones this server writes.
        foreach (var array in persona.Elements())
        {
            var first = array.Elements().FirstOrDefault();
            switch (first?.Name.LocalName)
            {
                case "StringAttributedValue":
                    strings[array.Name.LocalName] = Attributed(array, value => value.Value);
                    break;
                case "PhoneNumberAttributedValue":
                    phones[array.Name.LocalName] = Attributed(array, value => new PhoneNumber(Text(value, "Number") ?? string.Empty, Text(value, "Type")));
                    break;
                case "EmailAddressAttributedValue":
                    emails[array.Name.LocalName] = Attributed(array, Email);
                    break;
                case "ExtendedPropertyAttributedValue":
                    extended = Attributed(array, ExtendedProperty);
                    break;
            }
        }

        return new Persona(ItemIdOf(Child(persona, "PersonaId")) ?? new ItemId(string.Empty))
        {
            PersonaType = Text(persona, "PersonaType"),
            CreationTime = Child(persona, "CreationTime") is { } created
                ? DateTimeOffset.Parse(created.Value, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal)
                : null,
            DisplayName = Text(persona, "DisplayName"),
            DisplayNameFirstLast = Text(persona, "DisplayNameFirstLast"),
            DisplayNameLastFirst = Text(persona, "DisplayNameLastFirst"),
            FileAs = Text(persona, "FileAs"),
            FileAsId = Text(persona, "FileAsId"),
            GivenName = Text(persona, "GivenName"),
            Surname = Text(persona, "Surname"),
            EmailAddress = Child(persona, "EmailAddress") is { } email ? Email(email) : null,
            EmailAddresses = (Child(persona, "EmailAddresses")?.Elements() ?? []).Select(Email).ToArray(),
            ImAddress = Text(persona, "ImAddress"),
            RelevanceScore = IntOf(Child(persona, "RelevanceScore")),
            Attributions = Children(Child(persona, "Attributions"), "Attribution").Select(Attribution).ToArray(),
            AttributedStrings = strings,
            AttributedPhoneNumbers = phones,
            AttributedEmailAddresses = emails,
            ExtendedProperties = extended,
        };
    }

    private static PersonaAttribution Attribution(XElement attribution) => new(
        Text(attribution, "Id") ?? string.Empty,
        ItemIdOf(Child(attribution, "SourceId")),
        Text(attribution, "DisplayName"),
        BoolOf(Child(attribution, "IsWritable")),
        BoolOf(Child(attribution, "IsQuickContact")),
        BoolOf(Child(attribution, "IsHidden")),
        ItemIdOf(Child(attribution, "FolderId")));

    private static AttributedValue<T>[] Attributed<T>(XElement array, Func<XElement, T> read) => array.Elements()
        .Select(item => new AttributedValue<T>(
            read(Child(item, "Value") ?? new XElement("Value")),
            Children(Child(item, "Attributions"), "Attribution").Select(a => a.Value).ToArray()))
        .ToArray();

    /// <summary>
    /// The schema calls the address element <c>EmailAddress</c>; one of the reference's examples calls it
    /// <c>Address</c>, so either is read.
    /// </summary>
    private static EmailAddress Email(XElement email) => new(
        Text(email, "Name"),
        Text(email, "EmailAddress") ?? Text(email, "Address"),
        Text(email, "RoutingType"),
        Text(email, "MailboxType"));

    private static ExtendedProperty ExtendedProperty(XElement property)
    {
        var uri = Child(property, "ExtendedFieldURI");
        var field = new ExtendedFieldUri(uri?.Attribute("PropertyType")?.Value ?? string.Empty)
        {
            PropertyTag = uri?.Attribute("PropertyTag")?.Value,
            DistinguishedPropertySetId = uri?.Attribute("DistinguishedPropertySetId")?.Value,
            PropertySetId = uri?.Attribute("PropertySetId")?.Value,
            PropertyName = uri?.Attribute("PropertyName")?.Value,
            PropertyId = uri?.Attribute("PropertyId") is { } id && int.TryParse(id.Value, NumberStyles.Integer, CultureInfo.InvariantCulture, out var number)
                ? number
                : null,
        };
        return new ExtendedProperty(
            field,
            Text(property, "Value"),
            Children(Child(property, "Values"), "Value").Select(v => v.Value).ToArray());
    }
}
