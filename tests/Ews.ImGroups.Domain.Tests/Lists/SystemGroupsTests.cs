using Ews.ImGroups.Domain.Lists;

namespace Ews.ImGroups.Domain.Tests.Lists;

public class SystemGroupsTests
{
    [Fact]
    public void All_in_list_order_is_other_contacts_tagged_favorites()
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
    public void IsSystem_group_type_tells_system_groups(string groupType, bool expected)
    {
        SystemGroups.IsSystem(new ImGroup(1, 1, "Any", groupType, 0)).Should().Be(expected);
    }

    [Theory]
    [InlineData("OTHER CONTACTS", true)]
    [InlineData("TAGGED", true)]
    [InlineData("FAVORITES", true)]
    [InlineData("FAVOURITES", false)]
    [InlineData("FRIENDS", false)]
    public void IsReservedName_normalized_name_tells_system_names(string normalizedName, bool expected)
    {
        SystemGroups.IsReservedName(normalizedName).Should().Be(expected);
    }
}
