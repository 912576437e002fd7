namespace Ews.ImGroups.Host.Tests.Published;

/// <summary>
/// The test classes that run the published server share one publish: publishing takes a while, and two publishes of
/// one project at once would write the same build folders.
/// </summary>
[CollectionDefinition(Name)]
public sealed class PublishedServers : ICollectionFixture<PublishedApp>
{
    public const string Name = "Published server";
}
