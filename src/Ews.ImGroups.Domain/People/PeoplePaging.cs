using Ews.ImGroups.Domain.Lists;

namespace Ews.ImGroups.Domain.People;

/// <summary>An <c>IndexedPageItemView</c>: how many people at most, and from where.</summary>
/// <param name="MaxEntriesReturned">Null when the request sets no limit.</param>
/// <param name="FromEnd">The offset counts back from the end of the view (<c>BasePoint="End"</c>).</param>
public readonly record struct PageView(int? MaxEntriesReturned, int Offset, bool FromEnd);

/// <summary>The rows of a view one page shows.</summary>
/// <param name="Start">The index in the view of the first row shown; the view's length when the page is past its end.</param>
public readonly record struct PageWindow(int Start, int Count);

/// <summary>
/// Cuts a page out of a sorted view. From the beginning, the page starts at the offset. From the end, the offset
/// counts back from the end, and the page is the rows just before that point: of 100 rows, offset 25 and at most 10
/// rows from the end are rows 65 to 74. A page holds at most <see cref="MaxPageSize"/> rows, whatever the request asks.
/// </summary>
public static class PeoplePaging
{
    /// <summary>Exchange's default limit on the rows one find answers.</summary>
    public const int MaxPageSize = 1000;

    public static ImListResult<PageWindow> Window(int total, PageView view)
    {
        if (view.Offset < 0)
        {
            return ImListError.InvalidIndexedPagingParameters;
        }

        if (view.MaxEntriesReturned is <= 0)
        {
            return ImListError.InvalidPagingMaxRows;
        }

        var size = Math.Min(view.MaxEntriesReturned ?? MaxPageSize, MaxPageSize);
        if (!view.FromEnd)
        {
            var start = Math.Min(view.Offset, total);
            return new PageWindow(start, Math.Min(size, total - start));
        }

        var end = Math.Max(total - view.Offset, 0);
        var first = Math.Max(end - size, 0);
        return new PageWindow(first, end - first);
    }
}
