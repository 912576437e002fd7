namespace Ews.ImGroups.Storage;

/// <summary>
/// The store cannot take writes for now (its file was deleted, replaced or made read-only, or its volume is nearly full); the write was refused
/// before anything was acknowledged. <see cref="StoreFailures.IsUnavailable"/> counts it as unavailable.
/// </summary>
public sealed class StoreUnavailableException(string message) : Exception(message);
