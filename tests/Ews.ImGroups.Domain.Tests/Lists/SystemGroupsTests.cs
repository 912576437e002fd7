using Ews.ImGroups.Domain.Lists;

namespace Ews.ImGroups.Domain.Tests.Lists;

public class SystemGroupsTests
{
    [Fact]
    public void All_InListOrder_IsOtherContactsTaggedFavorites()
    {
        SystemGroups.All.Should().Equal(
            ("Other Contacts", GroupTypes.OtherContacts),
            ("Tagged", GroupTypes.Tagged),
            ("Favorites", GroupTypes.Favorites));
    }

    [Theory]
    [InlineData(GroupTypes.OtherContacts, true)]
    [InlineData(GroupTypes.Tagged, true)]
    [InlineData(GroupTypes.Favorites, true)]
    [InlineData(GroupTypes.UserGroup, false)]
    [InlineData(GroupTypes.DistributionGroup, false)]
    public void IsSystem_GroupType_TellsSystemGroups(string groupType, bool expected)
    {
        SystemGroups.IsSystem(new ImGroup(1, 1, "Any", groupType, 0)).Should().Be(expected);
    }

    [Theory]
    [InlineData("OTHER CONTACTS", true)]
    [InlineData("TAGGED", true)]
    [InlineData("FAVORITES", true)]
    [InlineData("FAVOURITES", false)]
    [InlineData("FRIENDS", false)]
    public void IsReservedName_NormalizedName_TellsSystemNames(string normalizedName, bool expected)
    {
        SystemGroups.IsReservedName(normalizedName).Should().Be(expected);
    }
}
