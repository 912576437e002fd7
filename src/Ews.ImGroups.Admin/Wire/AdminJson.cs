using System.Text.Json;
using System.Text.Json.Serialization;

namespace Ews.ImGroups.Admin.Wire;

/// <summary>
/// The serializer metadata of every body the client sends or reads, made at compile time: camelCase names, enums as
/// their names, null fields left out so the server's defaults apply.
/// </summary>
[JsonSourceGenerationOptions(
    JsonSerializerDefaults.Web,
    UseStringEnumConverter = true,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(ServerInfo))]
[JsonSerializable(typeof(MailboxPage))]
[JsonSerializable(typeof(Mailbox))]
[JsonSerializable(typeof(NewMailbox))]
[JsonSerializable(typeof(ImList))]
[JsonSerializable(typeof(SeedDocument))]
[JsonSerializable(typeof(SeedMailbox))]
[JsonSerializable(typeof(JournalPage))]
[JsonSerializable(typeof(JournalEntry))]
[JsonSerializable(typeof(ChaosRule))]
[JsonSerializable(typeof(ChaosRuleState))]
[JsonSerializable(typeof(List<ChaosRuleState>))]
[JsonSerializable(typeof(PhotoInfo))]
[JsonSerializable(typeof(Problem))]
internal sealed partial class AdminJson : JsonSerializerContext;
