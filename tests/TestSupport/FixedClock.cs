namespace Ews.ImGroups.TestSupport;

/// <summary>A clock that always shows one instant, so the times the code under test stamps can be compared exactly.</summary>
internal sealed class FixedClock(DateTimeOffset now) : TimeProvider
{
    /// <summary>The CreationTime of the reference's AddNewImContactToGroup example.</summary>
    public static readonly DateTimeOffset ReferenceTime = new(2012, 1, 5, 23, 6, 58, TimeSpan.Zero);

    /// <summary><see cref="ReferenceTime"/> as the wire shows it.</summary>
    public const string ReferenceTimeText = "2012-01-05T23:06:58Z";

    public override DateTimeOffset GetUtcNow() => now;
}
