namespace Ews.ImGroups.Host.Tests.Soap.Gate.HostileInput;

/// <summary>
/// The names corpus files use for ids (<c>{{aliceTarget}}</c>), filled in from the ids the server hands out while
/// <see cref="CorpusServer"/> sets up its state. Files never spell an id: ids depend on the store's key.
/// </summary>
public static class CorpusIds
{
    /// <summary>Alice's group "Hostile Target", which holds her contact Bob Brown.</summary>
    public const string AliceTarget = "aliceTarget";

    /// <summary>Alice's group "Café": encoding entries must read its name exactly to collide with it.</summary>
    public const string AliceCafe = "aliceCafe";

    public const string AliceTagged = "aliceTagged";

    public const string AliceFavorites = "aliceFavorites";

    /// <summary>Alice's seeded contact Bob Brown.</summary>
    public const string AliceContactBob = "aliceContactBob";

    public const string AliceContactCarol = "aliceContactCarol";

    /// <summary>The persona GetImItemList shows alice for her contact Bob Brown.</summary>
    public const string AlicePersonaBob = "alicePersonaBob";

    /// <summary>Bob's group "Bob Secret Group", which holds his contacts Alice Anders and Mallory Secret.</summary>
    public const string BobSecret = "bobSecret";

    /// <summary>Bob's distribution group Sales.</summary>
    public const string BobSales = "bobSales";

    /// <summary>Bob's seeded contact Alice Anders.</summary>
    public const string BobContactAlice = "bobContactAlice";

    /// <summary>Bob's contact Mallory Secret, created over EWS.</summary>
    public const string BobMallory = "bobMallory";

    public const string BobSecretGroupName = "Bob Secret Group";

    public const string BobMalloryAddress = "sip:mallory.secret@fabrikam.com";

    /// <summary>What alice's answers must never show: bob's names and addresses, and his ids.</summary>
    public static IEnumerable<string> BobSecrets(IReadOnlyDictionary<string, string> ids) =>
    [
        BobSecretGroupName, "Mallory", "mallory.secret", "Alice Anders", "sales@contoso.com",
        ids[BobSecret], ids[BobSales], ids[BobMallory], ids[BobContactAlice],
    ];
}
