using Ews.ImGroups.Domain.Lists;

namespace Ews.ImGroups.Domain.People;

/// <summary>
/// A <c>FindPeople</c> query string, read as plain words (not Advanced Query Syntax). A person matches when every
/// word of the query, ignoring case, starts one of the person's names or addresses: a word of a display name, given
/// name or surname (words are separated by white space and punctuation), or a whole e-mail or IM address (an IM
/// address without its <c>sip:</c>). So "ali" finds "Alice Anders", "and" finds her by surname, and "alice@con" by
/// address; "contoso" alone finds no one.
/// </summary>
public sealed class PeopleQuery
{
    private PeopleQuery(IReadOnlyList<string> terms) => Terms = terms;

    /// <summary>The query's words, at least one, each without white space.</summary>
    public IReadOnlyList<string> Terms { get; }

    /// <summary>The query in <paramref name="text"/>; null when there is none, as when it is empty or only white space.</summary>
    public static PeopleQuery? Parse(string? text)
    {
        var terms = text?.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries) ?? [];
        return terms.Length == 0 ? null : new PeopleQuery(terms);
    }

    /// <summary>Whether any contact of the persona matches; their values together answer every word.</summary>
    public bool Matches(ImPersona persona)
    {
        foreach (var term in Terms)
        {
            var found = false;
            foreach (var contact in persona.Contacts)
            {
                var details = contact.Details;
                if (StartsAWord(details.DisplayName, term) || StartsAWord(details.GivenName, term) || StartsAWord(details.Surname, term)
                    || StartsAddress(details.EmailAddress, term) || (!contact.IsTelephone && StartsAddress(ImAddressOf(details.ImAddress), term)))
                {
                    found = true;
                    break;
                }
            }

            if (!found)
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>An entry's address is its e-mail and, for a user, its IM address alike.</summary>
    public bool Matches(DirectoryEntry entry)
    {
        foreach (var term in Terms)
        {
            if (!StartsAWord(entry.DisplayName, term) && !StartsAddress(entry.SmtpAddress, term))
            {
                return false;
            }
        }

        return true;
    }

    private static string? ImAddressOf(string? imAddress) => imAddress is null ? null : ImAddresses.Normalize(imAddress);

    private static bool StartsAddress(string? address, string term) =>
        address is not null && address.AsSpan().Trim().StartsWith(term, StringComparison.OrdinalIgnoreCase);

    private static bool StartsAWord(string? name, string term)
    {
        if (name is null)
        {
            return false;
        }

        for (var i = 0; i < name.Length; i++)
        {
            var startsWord = !IsSeparator(name[i]) && (i == 0 || IsSeparator(name[i - 1]));
            if (startsWord && name.AsSpan(i).StartsWith(term, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsSeparator(char c) => char.IsWhiteSpace(c) || char.IsPunctuation(c);
}
