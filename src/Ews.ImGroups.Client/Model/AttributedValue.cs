namespace Ews.ImGroups.Client;

/// <summary>One value of a persona with the ids of the attributions (see <see cref="Persona.Attributions"/>) that hold it.</summary>
public sealed record AttributedValue<T>(T Value, IReadOnlyList<string> Attributions);
