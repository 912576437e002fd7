namespace Ews.ImGroups.Storage;

/// <summary>
/// The configured store cannot be used by this server at all (in use by another server, not a database, or another
/// application's database); the message names the file and what to do. The server stops at start-up rather than
/// risk the data.
/// </summary>
public sealed class StoreRefusedException(string message, Exception? innerException = null) : Exception(message, innerException);
