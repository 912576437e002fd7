using Ews.ImGroups.Domain.Ids;

namespace Ews.ImGroups.Host.Tests.Infrastructure;

/// <summary>The id codec of stores seeded with the sample seed, whose <c>idKey</c> makes their ids predictable.</summary>
public static class SampleIds
{
    public const string Key = "HcVjzqPVxBNYmP5RnCLCF90eRTgY0LU4AdE9RmBfFMg=";

    public static ItemIdCodec Codec { get; } = new(Convert.FromBase64String(Key));
}
