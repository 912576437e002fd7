using System.Text.Json;
using Ews.ImGroups.Testing.Seeding;

namespace Ews.ImGroups.Testing;

/// <summary>Writes the seed built in code as the seed file the server reads at start-up and on every reset.</summary>
internal static class SeedDocumentWriter
{
    public static void Write(Stream stream, EwsImGroupsServerOptions options)
    {
        using var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true });
        json.WriteStartObject();
        WriteOptional(json, "idKey", options.IdKey);

        json.WriteStartArray("mailboxes");
        foreach (var mailbox in options.Mailboxes)
        {
            WriteMailbox(json, mailbox);
        }

        json.WriteEndArray();

        json.WriteStartArray("distributionGroups");
        foreach (var (smtpAddress, displayName) in options.DistributionGroups)
        {
            json.WriteStartObject();
            json.WriteString("smtpAddress", smtpAddress);
            json.WriteString("displayName", displayName);
            json.WriteEndObject();
        }

        json.WriteEndArray();

        // Strict mode lets in only accounts; the seed's own accounts come back with every reset, as the mailboxes do.
        if (options.AuthenticationMode == EwsAuthenticationMode.Strict)
        {
            json.WriteStartArray("accounts");
            foreach (var mailbox in options.Mailboxes)
            {
                json.WriteStartObject();
                json.WriteString("smtpAddress", mailbox.SmtpAddress);
                json.WriteString("password", mailbox.Password ?? options.DefaultPassword);
                WriteOptional(json, "displayName", mailbox.DisplayName);
                json.WriteBoolean("mayImpersonate", mailbox.MayImpersonate);
                json.WriteEndObject();
            }

            json.WriteEndArray();
        }

        json.WriteEndObject();
    }

    private static void WriteMailbox(Utf8JsonWriter json, SeedMailbox mailbox)
    {
        json.WriteStartObject();
        json.WriteString("smtpAddress", mailbox.SmtpAddress);
        WriteOptional(json, "displayName", mailbox.DisplayName);
        WriteOptional(json, "sid", mailbox.Sid);

        json.WriteStartArray("contacts");
        foreach (var contact in mailbox.Contacts)
        {
            WriteContact(json, contact);
        }

        json.WriteEndArray();

        json.WriteStartArray("groups");
        foreach (var group in mailbox.Groups)
        {
            json.WriteStartObject();
            json.WriteString("displayName", group.DisplayName);
            WriteOptional(json, "smtpAddress", group.SmtpAddress);
            json.WriteStartArray("members");
            foreach (var member in group.Members)
            {
                json.WriteStringValue(member);
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteEndObject();
    }

    private static void WriteContact(Utf8JsonWriter json, SeedContact contact)
    {
        json.WriteStartObject();
        json.WriteString("key", contact.Key);
        json.WriteString("displayName", contact.DisplayName);
        WriteOptional(json, "givenName", contact.GivenName);
        WriteOptional(json, "surname", contact.Surname);
        WriteOptional(json, "emailAddress", contact.EmailAddress);
        WriteOptional(json, "emailDisplayName", contact.EmailDisplayName);
        WriteOptional(json, "imAddress", contact.ImAddress);
        WriteOptional(json, "telUriAddress", contact.TelUriAddress);
        WriteOptional(json, "imContactSipUriAddress", contact.ImContactSipUriAddress);
        WriteOptional(json, "imTelephoneNumber", contact.ImTelephoneNumber);
        WriteOptional(json, "folder", contact.Folder);
        WriteOptional(json, "homePhone", contact.HomePhone);
        WriteOptional(json, "mobilePhone", contact.MobilePhone);
        WriteOptional(json, "businessPhone", contact.BusinessPhone);
        json.WriteEndObject();
    }

    private static void WriteOptional(Utf8JsonWriter json, string name, string? value)
    {
        if (value is not null)
        {
            json.WriteString(name, value);
        }
    }
}
