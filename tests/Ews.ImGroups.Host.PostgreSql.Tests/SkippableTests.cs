// Every test here needs the PostgreSQL cluster, so every test may skip (with the reason) where PostgreSQL is missing:
// the shared test files' [Fact] and [Theory] mean their skippable forms in this project.
global using FactAttribute = Xunit.SkippableFactAttribute;
global using TheoryAttribute = Xunit.SkippableTheoryAttribute;
