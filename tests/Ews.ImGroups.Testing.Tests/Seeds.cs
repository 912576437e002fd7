using Ews.ImGroups.Testing;

namespace Ews.ImGroups.Testing.Tests;

/// <summary>Seeds the tests share.</summary>
internal static class Seeds
{
    /// <summary>Alice with Bob and Carol on her list (Bob in Team) and Dave, who has no IM address, in her address book.</summary>
    public static void AliceWithTeam(EwsImGroupsServerOptions options) =>
        options.Mailbox("alice@contoso.com", "Alice Anders")
            .Contact("bob", "Bob Brown", "sip:bob@contoso.com", c => c.EmailAddress = "bob@contoso.com")
            .Contact("carol", "Carol Clark", "sip:carol@fabrikam.com")
            .Contact("dave", "Dave Diaz", configure: c => c.EmailAddress = "dave@contoso.com")
            .Group("Team", "bob")
            .Group("Partners", "carol");
}
