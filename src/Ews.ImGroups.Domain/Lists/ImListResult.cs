namespace Ews.ImGroups.Domain.Lists;

public readonly record struct ImListResult<T>(T? Value, ImListError Error)
{
    public bool IsSuccess => Error == ImListError.None;

    public static ImListResult<T> Success(T value) => new(value, ImListError.None);

    public static ImListResult<T> Failure(ImListError error) => new(default, error);

    public static implicit operator ImListResult<T>(ImListError error) => Failure(error);

    public static implicit operator ImListResult<T>(T value) => Success(value);
}

/// <summary>The value of operations that answer only whether they succeeded.</summary>
public readonly record struct Done;
