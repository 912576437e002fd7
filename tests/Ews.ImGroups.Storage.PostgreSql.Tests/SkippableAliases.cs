// The linked storage tests say [Fact] and [Theory]; here those skip, with the reason, where PostgreSQL is missing.
global using FactAttribute = Xunit.SkippableFactAttribute;
global using TheoryAttribute = Xunit.SkippableTheoryAttribute;
