using Ews.ImGroups.Domain.Lists;
using Ews.ImGroups.Domain.People;

namespace Ews.ImGroups.Domain.Tests.People;

public class PeoplePagingTests
{
    [Theory]
    [InlineData(10, 0, 100, 0, 10)]
    [InlineData(100, 20, 10, 20, 10)]
    [InlineData(100, 95, 10, 95, 5)]
    [InlineData(100, 100, 10, 100, 0)]
    [InlineData(100, 150, 10, 100, 0)]
    [InlineData(0, 0, 10, 0, 0)]
    public void From_the_beginning_the_page_starts_at_the_offset(int total, int offset, int max, int start, int count) =>
        PeoplePaging.Window(total, new PageView(max, offset, FromEnd: false)).Value.Should().Be(new PageWindow(start, count));

    [Theory]
    [InlineData(100, 25, 10, 65, 10)]
    [InlineData(100, 0, 10, 90, 10)]
    [InlineData(100, 95, 10, 0, 5)]
    [InlineData(100, 100, 10, 0, 0)]
    [InlineData(100, 150, 10, 0, 0)]
    public void From_the_end_the_page_is_the_rows_just_before_the_offset_counted_back(int total, int offset, int max, int start, int count) =>
        PeoplePaging.Window(total, new PageView(max, offset, FromEnd: true)).Value.Should().Be(new PageWindow(start, count));

    [Fact]
    public void No_limit_or_a_larger_one_than_the_servers_is_the_servers()
    {
        PeoplePaging.Window(5000, new PageView(null, 0, false)).Value.Should().Be(new PageWindow(0, PeoplePaging.MaxPageSize));
        PeoplePaging.Window(5000, new PageView(int.MaxValue, 10, false)).Value.Should().Be(new PageWindow(10, PeoplePaging.MaxPageSize));
    }

    [Theory]
    [InlineData(-1, 10, ImListError.InvalidIndexedPagingParameters)]
    [InlineData(0, 0, ImListError.InvalidPagingMaxRows)]
    [InlineData(0, -5, ImListError.InvalidPagingMaxRows)]
    public void Negative_offset_or_an_empty_page_is_refused(int offset, int max, ImListError error) =>
        PeoplePaging.Window(10, new PageView(max, offset, false)).Error.Should().Be(error);
}
