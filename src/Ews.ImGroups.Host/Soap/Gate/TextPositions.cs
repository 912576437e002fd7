namespace Ews.ImGroups.Host.Soap.Gate;

/// <summary>Line and position numbers, counted from 1 as XML readers report them, for a byte offset in a request.</summary>
public static class TextPositions
{
    public static (int Line, int Position) At(ReadOnlySpan<byte> text, int offset)
    {
        var before = text[..offset];
        var lastNewLine = before.LastIndexOf((byte)'\n');
        return (before.Count((byte)'\n') + 1, offset - lastNewLine);
    }
}
