using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Ews.ImGroups.Storage;

/// <summary>The EF Core warnings every provider's context leaves aside, each for a reason of this store's.</summary>
public static class StoreWarnings
{
    public static void Configure(WarningsConfigurationBuilder warnings) => warnings.Ignore(
        // Comparing the model with the migrations took a tenth of every start; a test makes that check instead.
        RelationalEventId.PendingModelChangesWarning,
        // Groups and contacts are reached by their mailbox's number, never through a navigation the tenant filter could empty.
        CoreEventId.PossibleIncorrectRequiredNavigationWithQueryFilterInteractionWarning);
}
