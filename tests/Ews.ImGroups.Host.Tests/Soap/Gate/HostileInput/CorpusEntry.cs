using System.Net;
using System.Text;
using System.Text.RegularExpressions;
using Ews.ImGroups.Host.Tests.Infrastructure;

namespace Ews.ImGroups.Host.Tests.Soap.Gate.HostileInput;

/// <summary>
/// One hostile request and the answer it must get. <see cref="Name"/> is the corpus file, or <c>generated/…</c> for
/// bodies built in code; <see cref="Content"/> builds the body when the entry is sent, so large ones live only briefly.
/// </summary>
public sealed record CorpusEntry(string Name, string Category, string Why, Func<CorpusContext, HttpContent?> Content)
{
    public const string TextXml = "text/xml; charset=utf-8";

    public const string SchemaValidation = "ErrorSchemaValidation";

    public HttpMethod Method { get; init; } = HttpMethod.Post;

    /// <summary>The Content-Type header as sent; null sends none.</summary>
    public string? ContentType { get; init; } = TextXml;

    public string? SoapAction { get; init; }

    /// <summary>The Authorization header as sent; null sends none.</summary>
    public string? Authorization { get; init; } = BasicFor(Users.Alice);

    public HttpStatusCode Status { get; init; } = HttpStatusCode.OK;

    /// <summary>The SOAP response code (of the response message or the fault); null for answers that are not SOAP.</summary>
    public string? ResponseCode { get; init; }

    /// <summary>A part of a schema fault's violation that shows the request was refused for the intended reason.</summary>
    public string? Violation { get; init; }

    /// <summary>Text the answer must not hold.</summary>
    public IReadOnlyList<string> MustNotContain { get; init; } = [];

    /// <summary>The answer must hold none of bob's names, addresses or ids (<see cref="CorpusIds.BobSecrets"/>).</summary>
    public bool RevealsNothingOfBob { get; init; }

    /// <summary>How many elements of each local name (types namespace) the answer holds, for reads.</summary>
    public IReadOnlyDictionary<string, int> Counts { get; init; } = new Dictionary<string, int>();

    /// <summary>
    /// Set where the expected answer is what the server does today but not what it should do: the entry pins today's
    /// behaviour (so a change is noticed) and the test output lists it with this explanation.
    /// </summary>
    public string? KnownIssue { get; init; }

    public static string BasicFor(string user) => "Basic " + Convert.ToBase64String(Encoding.UTF8.GetBytes($"{user}:secret"));

    /// <summary>The name, with what sets this entry apart from others sending the same file.</summary>
    public string Label => string.Join(' ', new[]
    {
        Name,
        Method == HttpMethod.Post ? null : Method.Method,
        ContentType == TextXml ? null : $"Content-Type: {ContentType ?? "(none)"}",
        SoapAction is null ? null : $"SOAPAction: {SoapAction}",
        Authorization == BasicFor(Users.Alice) ? null : $"Authorization: {Shorten(Authorization ?? "(none)")}",
    }.OfType<string>());

    public override string ToString() => Label;

    private static string Shorten(string text) => text.Length <= 40 ? text : text[..40] + "…";
}

/// <summary>
/// What bodies are built from: the canary listener's URL, the canary file's URL, the size limit and the ids the
/// server handed out, which corpus files name as <c>{{name}}</c> or, forged, as <c>{{name:forgery}}</c>.
/// </summary>
public sealed partial record CorpusContext(Uri CanaryUrl, Uri CanaryFileUrl, int MaxRequestBytes, IReadOnlyDictionary<string, string> Ids)
{
    public string this[string idName] => Ids[idName];

    /// <summary>Fills every placeholder; an unknown one throws, so a misspelt name cannot pass as a forged id.</summary>
    public string Fill(string text) => Placeholder().Replace(text, match => match.Groups["name"].Value switch
    {
        "canaryUrl" => CanaryUrl.AbsoluteUri.TrimEnd('/'),
        "canaryFileUrl" => CanaryFileUrl.AbsoluteUri,
        var name when !Ids.ContainsKey(name) => throw new KeyNotFoundException($"The corpus names an unknown placeholder '{match.Value}'."),
        var name when match.Groups["forgery"].Success => ForgedIds.Apply(Ids[name], match.Groups["forgery"].Value),
        var name => Ids[name],
    });

    [GeneratedRegex(@"\{\{(?<name>[A-Za-z0-9]+)(:(?<forgery>[A-Za-z0-9]+))?\}\}")]
    private static partial Regex Placeholder();
}
