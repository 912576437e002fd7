namespace Ews.ImGroups.Domain.Tests.Lists.Fakes;

internal sealed class FixedClock(DateTimeOffset now) : TimeProvider
{
    public static DateTimeOffset Now { get; } = new(2026, 11, 24, 12, 30, 0, TimeSpan.Zero);

    public override DateTimeOffset GetUtcNow() => now;
}
