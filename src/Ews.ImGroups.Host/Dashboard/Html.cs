using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Unicode;

namespace Ews.ImGroups.Host.Dashboard;

/// <summary>Markup written as it is: the renderers' own tags, never a value that came from a client.</summary>
public readonly record struct Markup(string Value)
{
    public static Markup Empty { get; } = new(string.Empty);
}

/// <summary>
/// Builds HTML from interpolated strings in which every value is encoded unless it is <see cref="Markup"/>, so a
/// renderer cannot forget to encode what clients sent (group names, addresses, XML).
/// </summary>
public sealed class Html
{
    /// <summary>Encodes markup characters but leaves letters of every script readable in the page source.</summary>
    private static readonly HtmlEncoder Encoder = HtmlEncoder.Create(UnicodeRanges.All);

    private readonly StringBuilder text = new();

    public Html Add([InterpolatedStringHandlerArgument("")] ref Handler html) => this;

    public static Markup Encode(string value) => new(Encoder.Encode(value));

    /// <summary>One fragment built from an interpolated string, to place into another.</summary>
    public static Markup Of(ref Handler html) => new(html.ToString());

    public Markup ToMarkup() => new(text.ToString());

    public override string ToString() => text.ToString();

    [InterpolatedStringHandler]
    public readonly ref struct Handler
    {
        private readonly StringBuilder text;

        public Handler(int literalLength, int formattedCount, Html html)
        {
            _ = formattedCount;
            text = html.text;
            text.EnsureCapacity(text.Length + literalLength);
        }

        public Handler(int literalLength, int formattedCount)
        {
            _ = formattedCount;
            text = new StringBuilder(literalLength);
        }

        public void AppendLiteral(string value) => text.Append(value);

        public void AppendFormatted(Markup value) => text.Append(value.Value);

        public void AppendFormatted<T>(T value) => AppendFormatted(value, null);

        public void AppendFormatted<T>(T value, string? format)
        {
            var formatted = value is IFormattable formattable
                ? formattable.ToString(format, CultureInfo.InvariantCulture)
                : value?.ToString();
            if (!string.IsNullOrEmpty(formatted))
            {
                text.Append(Encoder.Encode(formatted));
            }
        }

        public override string ToString() => text.ToString();
    }
}
