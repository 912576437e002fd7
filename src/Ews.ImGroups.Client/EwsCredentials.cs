using System.Net.Http.Headers;
using System.Text;

namespace Ews.ImGroups.Client;

/// <summary>How the client signs in: Basic with a user and password, or an OAuth bearer token asked for per request.</summary>
public abstract class EwsCredentials
{
    private protected EwsCredentials()
    {
    }

    /// <summary>Basic authentication; the user and password are sent UTF-8 encoded.</summary>
    public static EwsCredentials Basic(string user, string password)
    {
        ArgumentException.ThrowIfNullOrEmpty(user);
        ArgumentNullException.ThrowIfNull(password);
        return new BasicCredentials(Convert.ToBase64String(Encoding.UTF8.GetBytes($"{user}:{password}")));
    }

    /// <summary>
    /// A bearer token from <paramref name="tokenProvider"/>, called before every request (retries included), so a
    /// provider that caches and refreshes its token keeps long-lived clients signed in.
    /// </summary>
    public static EwsCredentials Bearer(Func<CancellationToken, ValueTask<string>> tokenProvider)
    {
        ArgumentNullException.ThrowIfNull(tokenProvider);
        return new BearerCredentials(tokenProvider);
    }

    internal abstract ValueTask<AuthenticationHeaderValue> HeaderAsync(CancellationToken cancellationToken);

    private sealed class BasicCredentials(string parameter) : EwsCredentials
    {
        private readonly AuthenticationHeaderValue header = new("Basic", parameter);

        internal override ValueTask<AuthenticationHeaderValue> HeaderAsync(CancellationToken cancellationToken) => ValueTask.FromResult(header);
    }

    private sealed class BearerCredentials(Func<CancellationToken, ValueTask<string>> tokenProvider) : EwsCredentials
    {
        internal override async ValueTask<AuthenticationHeaderValue> HeaderAsync(CancellationToken cancellationToken) =>
            new("Bearer", await tokenProvider(cancellationToken).ConfigureAwait(false));
    }
}
