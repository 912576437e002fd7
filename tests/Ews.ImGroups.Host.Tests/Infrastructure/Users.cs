namespace Ews.ImGroups.Host.Tests.Infrastructure;

/// <summary>Mailboxes and contact ids of the sample seed, which the tests' servers load.</summary>
public static class Users
{
    public const string Alice = "alice@contoso.com";
    public const string Bob = "bob@contoso.com";
    public const string AliceSid = "S-1-5-21-1004336348-1177238915-682003330-1001";

    public const long AliceMailbox = 1;
    public const long BobMailbox = 2;

    /// <summary>
    /// Alice's system groups Other Contacts, Tagged and Favorites are group rows 1 to 3, Bob's 4 to 6; the first group
    /// created over EWS is row 7.
    /// </summary>
    public const string AliceOtherContacts = "AkcBAAAAAAAAAAEAAAAAAAAA0ib58chZQv4=";

    public const string AliceTagged = "AkcBAAAAAAAAAAIAAAAAAAAAw9Vf5jwFwsY=";

    public const string AliceFavorites = "AkcBAAAAAAAAAAMAAAAAAAAAErV0DVpEmOA=";

    /// <summary>The first group a test creates: Alice's, group row 7.</summary>
    public const string AliceFirstGroup = "AkcBAAAAAAAAAAcAAAAAAAAAqwa610kfvuo=";

    public const long FirstGroupRow = 7;

    /// <summary>Alice's contact Bob Brown, who has an IM address.</summary>
    public const string AliceContactBob = "AkMBAAAAAAAAAAEAAAAAAAAAgLUTrPx1HmY=";

    /// <summary>Alice's contact Carol Clark, whose IM address has no sip: prefix.</summary>
    public const string AliceContactCarol = "AkMBAAAAAAAAAAIAAAAAAAAAThVIz4cuQR8=";

    /// <summary>Alice's contact Dave Diaz, who has no IM address.</summary>
    public const string AliceContactDaveNoIm = "AkMBAAAAAAAAAAMAAAAAAAAAiX9xdQziEGs=";

    /// <summary>Bob's contact Alice Anders: an IM contact, but in Bob's mailbox.</summary>
    public const string BobContactAlice = "AkMCAAAAAAAAAAQAAAAAAAAASSMA7nzHoTQ=";
}
