using System.Collections.Concurrent;
using System.Diagnostics.Metrics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;
using Ews.ImGroups.Host.Observability;
using Microsoft.Extensions.Options;
using Microsoft.Net.Http.Headers;

namespace Ews.ImGroups.Host.Identity;

/// <summary>What kind of sign-in failed, as <c>ews_signin_failures_total</c> labels it.</summary>
public enum SignInFailure
{
    Password,
    UnknownUser,
    Throttled,
    AdminToken,
}

/// <summary>
/// Guessing resistance for passwords and the admin token: password hashes are checked a few at a time, so one processor
/// is always left for callers already signed in; failures are counted per user name and per client address, and a
/// guesser over the limit is refused without any hash being checked. Failures are counted in <c>/metrics</c> and
/// logged as a warning at most once a minute per address.
/// </summary>
public sealed partial class SignInGuard : IDisposable
{
    public const string FailuresName = "ews_signin_failures";

    public const string VerificationsName = "ews_password_verifications";

    private static readonly TimeSpan WarningInterval = TimeSpan.FromMinutes(1);
    private static readonly object RetryAfterKey = new();

    private readonly FailureCounter accounts;
    private readonly FailureCounter addresses;
    private readonly FailureCounter adminAddresses;
    private readonly SemaphoreSlim verifications;
    private readonly Counter<long> failures;
    private readonly Counter<long> verified;
    private readonly KeyValuePair<string, object?> replica;
    private readonly ConcurrentDictionary<string, Warnings> warnings = new(StringComparer.Ordinal);
    private readonly TimeProvider clock;
    private readonly ILogger<SignInGuard> logger;

    public SignInGuard(IOptions<AuthenticationOptions> options, EwsMetrics metrics, TimeProvider clock, ILogger<SignInGuard> logger)
    {
        var throttle = options.Value.Throttle;
        accounts = new(throttle.MaxFailuresPerAccount, throttle.Window, clock);
        addresses = new(throttle.MaxFailuresPerAddress, throttle.Window, clock);
        adminAddresses = new(throttle.MaxFailuresPerAddress, throttle.Window, clock);
        verifications = new(throttle.ConcurrentVerifications, throttle.ConcurrentVerifications);
        failures = metrics.Meter.CreateCounter<long>(FailuresName, description: "Refused sign-ins and admin tokens by kind.");
        verified = metrics.Meter.CreateCounter<long>(VerificationsName, description: "Password hashes checked.");
        replica = metrics.Replica;
        this.clock = clock;
        this.logger = logger;
    }

    /// <summary>
    /// The client address failures are counted under: IPv4 as it is, IPv6 by its /64, which one host usually holds whole.
    /// </summary>
    public static string AddressOf(HttpContext context)
    {
        if (context.Connection.RemoteIpAddress is not { } address)
        {
            return "unknown";
        }

        if (address.IsIPv4MappedToIPv6)
        {
            return address.MapToIPv4().ToString();
        }

        if (address.AddressFamily != AddressFamily.InterNetworkV6)
        {
            return address.ToString();
        }

        var bytes = address.GetAddressBytes();
        Array.Clear(bytes, 8, 8);
        return new IPAddress(bytes).ToString() + "/64";
    }

    /// <summary>Whether passwords from the address are refused for now; the request then gets 429.</summary>
    public bool IsAddressThrottled(HttpContext context, string address) => Throttled(context, addresses, address);

    /// <summary>Whether admin tokens from the address are refused for now; the request then gets 429.</summary>
    public bool IsAdminThrottled(HttpContext context, string address) => Throttled(context, adminAddresses, address);

    /// <summary>Whether the user name has failed too often: its sign-ins are refused, as a wrong password is, without a check.</summary>
    public bool IsLocked(string account, string address)
    {
        if (!accounts.IsBlocked(account, out _))
        {
            return false;
        }

        addresses.Fail(address);
        Record(SignInFailure.Throttled, address, account);
        return true;
    }

    /// <summary>Checks a password against its hash once a verification slot is free.</summary>
    public async ValueTask<bool> VerifyAsync(string password, string hash, CancellationToken cancellationToken)
    {
        await verifications.WaitAsync(cancellationToken);
        try
        {
            verified.Add(1, replica);
            return PasswordHashes.Verify(password, hash);
        }
        finally
        {
            verifications.Release();
        }
    }

    public void PasswordFailed(SignInFailure kind, string account, string address)
    {
        accounts.Fail(account);
        addresses.Fail(address);
        Record(kind, address, account);
    }

    /// <summary>A right password: the user name's failures are forgotten. The address's are not, or one known password would clear them.</summary>
    public void Succeeded(string account) => accounts.Forget(account);

    public void AdminTokenFailed(string address)
    {
        adminAddresses.Fail(address);
        Record(SignInFailure.AdminToken, address, account: null);
    }

    public void Dispose() => verifications.Dispose();

    /// <summary>
    /// When a guard refused the request for its address: sets 429 and <c>Retry-After</c> in whole seconds, and is true.
    /// </summary>
    public static bool TrySetThrottled(HttpContext context)
    {
        if (context.Items[RetryAfterKey] is not TimeSpan retryAfter)
        {
            return false;
        }

        context.Response.StatusCode = StatusCodes.Status429TooManyRequests;
        context.Response.Headers[HeaderNames.RetryAfter] =
            Math.Max(1, (int)Math.Ceiling(retryAfter.TotalSeconds)).ToString(CultureInfo.InvariantCulture);
        return true;
    }

    private bool Throttled(HttpContext context, FailureCounter counter, string address)
    {
        if (!counter.IsBlocked(address, out var retryAfter))
        {
            return false;
        }

        context.Items[RetryAfterKey] = retryAfter;
        Record(SignInFailure.Throttled, address, account: null);
        return true;
    }

    private void Record(SignInFailure kind, string address, string? account)
    {
        var label = kind switch
        {
            SignInFailure.Password => "password",
            SignInFailure.UnknownUser => "unknown_user",
            SignInFailure.Throttled => "throttled",
            _ => "admin_token",
        };
        failures.Add(1, new("kind", label), replica);

        var now = clock.GetUtcNow();
        var state = warnings.GetOrAdd(address, _ => new Warnings());
        int count;
        lock (state)
        {
            state.Count++;
            count = now >= state.Next ? state.Count : 0;
            if (count > 0)
            {
                state.Count = 0;
                state.Next = now + WarningInterval;
            }
        }

        if (count > 0)
        {
            LogFailures(count, address, label, account ?? "-");
            if (warnings.Count > 10_000)
            {
                DropQuietAddresses(now);
            }
        }
        else
        {
            LogFailure(address, label, account ?? "-");
        }
    }

    /// <summary>Addresses with nothing held back and no recent warning need no state.</summary>
    private void DropQuietAddresses(DateTimeOffset now)
    {
        foreach (var (address, state) in warnings)
        {
            lock (state)
            {
                if (state.Count == 0 && now >= state.Next)
                {
                    warnings.TryRemove(KeyValuePair.Create(address, state));
                }
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Warning,
        Message = "{Count} refused sign-ins or admin tokens from {Address} since the last warning; the latest: {Kind} for {Account}")]
    private partial void LogFailures(int count, string address, string kind, string account);

    [LoggerMessage(Level = LogLevel.Debug, Message = "Refused sign-in or admin token from {Address}: {Kind} for {Account}")]
    private partial void LogFailure(string address, string kind, string account);

    private sealed class Warnings
    {
        public int Count { get; set; }

        public DateTimeOffset Next { get; set; } = DateTimeOffset.MinValue;
    }
}
