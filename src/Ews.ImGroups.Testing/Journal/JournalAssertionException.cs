namespace Ews.ImGroups.Testing.Journal;

/// <summary>The journal did not hold what a test expected; the message lists what it did hold.</summary>
public sealed class JournalAssertionException : Exception
{
    public JournalAssertionException()
    {
    }

    public JournalAssertionException(string message)
        : base(message)
    {
    }

    public JournalAssertionException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
