using Ews.ImGroups.Host.Identity;

namespace Ews.ImGroups.Host.Tests.Identity;

/// <summary>The fixed window behind lockouts and address throttling, on a clock the test moves.</summary>
public sealed class FailureCounterTests
{
    private static readonly TimeSpan Window = TimeSpan.FromMinutes(5);

    private readonly MovableClock clock = new();

    [Fact]
    public void A_key_is_blocked_at_its_maximum_until_the_window_that_opened_at_its_first_failure_closes()
    {
        var counter = new FailureCounter(3, Window, clock);
        counter.Fail("key");
        clock.Now += TimeSpan.FromMinutes(1);
        counter.Fail("key");
        counter.IsBlocked("key", out _).Should().BeFalse("two failures are under the maximum");
        counter.Fail("key");

        counter.IsBlocked("key", out var retryAfter).Should().BeTrue();
        retryAfter.Should().Be(TimeSpan.FromMinutes(4));
        counter.IsBlocked("other", out _).Should().BeFalse();

        clock.Now += TimeSpan.FromMinutes(4);
        counter.IsBlocked("key", out _).Should().BeFalse("the window has closed");
        counter.Fail("key");
        counter.IsBlocked("key", out _).Should().BeFalse("a failure after the window opens a new one");
    }

    [Fact]
    public void A_forgotten_key_starts_again_from_nothing()
    {
        var counter = new FailureCounter(2, Window, clock);
        counter.Fail("key");
        counter.Fail("key");
        counter.Forget("key");
        counter.Fail("key");

        counter.IsBlocked("key", out _).Should().BeFalse();
    }

    private sealed class MovableClock : TimeProvider
    {
        public DateTimeOffset Now { get; set; } = new(2026, 1, 1, 0, 0, 0, TimeSpan.Zero);

        public override DateTimeOffset GetUtcNow() => Now;
    }
}
