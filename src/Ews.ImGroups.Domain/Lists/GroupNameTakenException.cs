namespace Ews.ImGroups.Domain.Lists;

/// <summary>Thrown by a store when its uniqueness guarantee rejects a group name the rules let through.</summary>
public sealed class GroupNameTakenException : Exception
{
    public GroupNameTakenException()
    {
    }

    public GroupNameTakenException(string message)
        : base(message)
    {
    }

    public GroupNameTakenException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
