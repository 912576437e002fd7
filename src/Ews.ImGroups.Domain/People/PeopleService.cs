using Ews.ImGroups.Domain.Ids;
using Ews.ImGroups.Domain.Lists;
using Ews.ImGroups.Domain.Mailboxes;

namespace Ews.ImGroups.Domain.People;

/// <summary>
/// <c>FindPeople</c>: a page of the caller's contacts as personas, or of the directory's users and distribution
/// groups, sorted by display name and filtered by the query string. Reads only.
/// </summary>
public sealed class PeopleService(IPeopleStore store, ItemIdCodec ids)
{
    /// <summary>The distinguished folder Exchange searches the directory (its global address list) by.</summary>
    public const string DirectoryFolder = "directory";

    private static readonly StringComparer NameOrder = StringComparer.OrdinalIgnoreCase;

    public async Task<ImListResult<PeoplePage>> FindPeopleAsync(Mailbox caller, PeopleSearch request, CancellationToken cancellationToken)
    {
        if (request.HasRestriction)
        {
            return ImListError.UnsupportedQueryFilter;
        }

        var source = Source(caller, request.Folder);
        if (!source.IsSuccess)
        {
            return source.Error;
        }

        // Checked before reading, so a request the server refuses costs no read.
        var checkedView = PeoplePaging.Window(0, request.View);
        if (!checkedView.IsSuccess)
        {
            return checkedView.Error;
        }

        var query = PeopleQuery.Parse(request.QueryString);
        List<FoundPerson> view;
        if (source.Value.Directory)
        {
            // Exchange does not let a client browse its directory: a search of it needs a query.
            if (query is null)
            {
                return ImListError.QueryStringRequired;
            }

            var entries = (await store.SearchDirectoryAsync(query, cancellationToken)).Where(query.Matches).ToList();
            entries.Sort((a, b) =>
            {
                var byName = NameOrder.Compare(a.ShownName, b.ShownName);
                return byName != 0 ? byName : a.Kind != b.Kind ? a.Kind.CompareTo(b.Kind) : a.Number.CompareTo(b.Number);
            });
            view = entries.ConvertAll(e => new FoundPerson(null, e));
        }
        else
        {
            var personas = ImPersona.Link(await store.ReadContactsAsync(caller.Id, cancellationToken));
            var folder = source.Value.Folder;
            view = personas
                .Where(p => folder is null || p.Contacts.Any(c => c.Folder == folder))
                .Where(p => query is null || query.Matches(p))
                .Select(p => new FoundPerson(p, null))
                .ToList();
        }

        var window = PeoplePaging.Window(view.Count, request.View).Value;
        return new PeoplePage(view.GetRange(window.Start, window.Count), view.Count, window.Start);
    }

    /// <summary>
    /// What the folder names: the directory, one contact folder of the caller's, or (with no folder named, or
    /// <c>mycontacts</c>) all of them. Any other folder is one this server does not have, and another mailbox's
    /// folders are not the caller's to search.
    /// </summary>
    private ImListResult<(bool Directory, ContactFolder? Folder)> Source(Mailbox caller, PeopleFolder folder)
    {
        if (folder.FolderId is not null)
        {
            var status = ids.TryDecodeId(folder.FolderId, out var key);
            if (status != IdDecodeStatus.Ok)
            {
                return status == IdDecodeStatus.Empty ? ImListError.InvalidIdEmpty : ImListError.InvalidIdMalformed;
            }

            return key.Kind == ItemKind.Folder && key.MailboxId == caller.Id && ContactFolders.FromNumber(key.ItemNumber) is { } named
                ? (false, named)
                : ImListError.FolderNotFound;
        }

        if (folder.AddressListId is not null
            || (folder.MailboxAddress is { } address && !string.Equals(address.Trim(), caller.SmtpAddress, StringComparison.OrdinalIgnoreCase)))
        {
            return ImListError.FolderNotFound;
        }

        return folder.DistinguishedName switch
        {
            null or "mycontacts" => (false, (ContactFolder?)null),
            "contacts" => (false, ContactFolder.Contacts),
            "quickcontacts" => (false, ContactFolder.QuickContacts),
            DirectoryFolder => (true, (ContactFolder?)null),
            _ => ImListError.FolderNotFound,
        };
    }
}
