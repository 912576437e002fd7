using System.Reflection;
using System.Reflection.Emit;
using Ews.ImGroups.Domain.Lists;
using Ews.ImGroups.Storage.Tests.NamespaceFixture.Calling;

namespace Ews.ImGroups.Storage.Tests;

/// <summary>
/// The namespaces of each project use each other in one direction only. A namespace uses another when its code names
/// one of the other's types: in a signature, an attribute, or a method body (read from the compiled IL).
/// </summary>
public sealed class NamespaceDependencyTests
{
    public static TheoryData<string> Projects => new() { "Ews.ImGroups.Storage", "Ews.ImGroups.Domain" };

    [Theory]
    [MemberData(nameof(Projects))]
    public void Namespaces_of_a_project_form_no_cycle(string project)
    {
        var uses = NamespaceUses.Of(Assembly.Load(project), project);

        NamespaceUses.Cycles(uses).Should().BeEmpty();
    }

    [Fact]
    public void Uses_are_read_from_signatures_and_attributes()
    {
        var storage = NamespaceUses.Of(typeof(ImGroupsDbContext).Assembly, "Ews.ImGroups.Storage");
        var domain = NamespaceUses.Of(typeof(ImListService).Assembly, "Ews.ImGroups.Domain");

        storage["Ews.ImGroups.Storage"].Should().Contain("Ews.ImGroups.Storage.Entities", "the context's sets name the rows");
        storage["Ews.ImGroups.Storage.Migrations"].Should().Contain("Ews.ImGroups.Storage", "migrations name their context in an attribute");
        storage["Ews.ImGroups.Storage"].Should().NotContain("Ews.ImGroups.Storage.Migrations");
        domain["Ews.ImGroups.Domain.Mailboxes"].Should().Contain("Ews.ImGroups.Domain.Lists", "the directory port returns a directory group");
    }

    [Fact]
    public void Uses_in_method_bodies_alone_close_a_cycle()
    {
        const string Fixture = "Ews.ImGroups.Storage.Tests.NamespaceFixture";
        var uses = NamespaceUses.Of(typeof(Caller).Assembly, Fixture);

        NamespaceUses.Cycles(uses).Should().Equal($"{Fixture}.Called -> {Fixture}.Calling -> {Fixture}.Called");
    }

    private static class NamespaceUses
    {
        private const BindingFlags Declared =
            BindingFlags.DeclaredOnly | BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance | BindingFlags.Static;

        private static readonly Dictionary<short, OpCode> OpCodesByValue = typeof(OpCodes)
            .GetFields(BindingFlags.Public | BindingFlags.Static)
            .Select(f => (OpCode)f.GetValue(null)!)
            .ToDictionary(o => o.Value);

        /// <summary>For each namespace under <paramref name="prefix"/>, the other namespaces under it that it uses.</summary>
        public static Dictionary<string, HashSet<string>> Of(Assembly assembly, string prefix)
        {
            var uses = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
            foreach (var type in assembly.GetTypes())
            {
                var from = NamespaceOf(type);
                if (!Under(from, prefix))
                {
                    continue;
                }

                var used = uses.TryGetValue(from, out var set) ? set : uses[from] = new HashSet<string>(StringComparer.Ordinal);
                foreach (var named in NamedBy(type).SelectMany(Expand).Where(t => t.Assembly == assembly))
                {
                    var to = NamespaceOf(named);
                    if (to != from && Under(to, prefix))
                    {
                        used.Add(to);
                    }
                }
            }

            return uses;
        }

        /// <summary>Each cycle once, as the path from its first namespace in ordinal order back to it.</summary>
        public static List<string> Cycles(Dictionary<string, HashSet<string>> uses)
        {
            var cycles = new HashSet<string>(StringComparer.Ordinal);
            foreach (var start in uses.Keys.Order(StringComparer.Ordinal))
            {
                var paths = new Queue<List<string>>([[start]]);
                while (paths.TryDequeue(out var path))
                {
                    foreach (var next in uses.GetValueOrDefault(path[^1]) ?? [])
                    {
                        if (next == start)
                        {
                            cycles.Add(string.Join(" -> ", path.Append(start)));
                        }
                        else if (!path.Contains(next) && string.CompareOrdinal(next, start) > 0)
                        {
                            paths.Enqueue([.. path, next]);
                        }
                    }
                }
            }

            return [.. cycles];
        }

        private static bool Under(string name, string prefix) =>
            name == prefix || name.StartsWith(prefix + ".", StringComparison.Ordinal);

        /// <summary>A nested type, such as a compiler's closure or state machine, belongs to its outermost type.</summary>
        private static string NamespaceOf(Type type)
        {
            while (type.DeclaringType is { } outer)
            {
                type = outer;
            }

            return type.Namespace ?? "";
        }

        private static IEnumerable<Type> NamedBy(Type type)
        {
            if (type.BaseType is { } baseType)
            {
                yield return baseType;
            }

            foreach (var named in type.GetInterfaces().Concat(Attributes(type.CustomAttributes)))
            {
                yield return named;
            }

            foreach (var field in type.GetFields(Declared))
            {
                yield return field.FieldType;
                foreach (var named in Attributes(field.CustomAttributes))
                {
                    yield return named;
                }
            }

            foreach (var property in type.GetProperties(Declared))
            {
                yield return property.PropertyType;
            }

            foreach (var method in type.GetMethods(Declared).Cast<MethodBase>().Concat(type.GetConstructors(Declared)))
            {
                foreach (var named in InMethod(type, method))
                {
                    yield return named;
                }
            }
        }

        private static IEnumerable<Type> InMethod(Type type, MethodBase method)
        {
            if (method is MethodInfo { ReturnType: var returnType })
            {
                yield return returnType;
            }

            foreach (var named in method.GetParameters().Select(p => p.ParameterType).Concat(Attributes(method.CustomAttributes)))
            {
                yield return named;
            }

            if (method.GetMethodBody() is not { } body)
            {
                yield break;
            }

            foreach (var local in body.LocalVariables)
            {
                yield return local.LocalType;
            }

            var typeArguments = type.IsGenericType ? type.GetGenericArguments() : null;
            var methodArguments = method.IsGenericMethod ? method.GetGenericArguments() : null;
            foreach (var token in Tokens(body.GetILAsByteArray() ?? []))
            {
                switch (type.Module.ResolveMember(token, typeArguments, methodArguments))
                {
                    case Type named:
                        yield return named;
                        break;
                    case MethodBase called:
                        yield return called.DeclaringType!;
                        foreach (var argument in called.IsGenericMethod ? called.GetGenericArguments() : [])
                        {
                            yield return argument;
                        }

                        break;
                    case FieldInfo field:
                        yield return field.DeclaringType!;
                        break;
                }
            }
        }

        private static IEnumerable<Type> Attributes(IEnumerable<CustomAttributeData> attributes) =>
            attributes.SelectMany(a => a.ConstructorArguments.Select(c => c.Value).OfType<Type>().Append(a.AttributeType));

        /// <summary>The metadata tokens of the instructions that name a type, method or field.</summary>
        private static IEnumerable<int> Tokens(byte[] il)
        {
            var at = 0;
            while (at < il.Length)
            {
                var value = il[at] == 0xFE ? (short)(0xFE00 | il[at + 1]) : il[at];
                at += il[at] == 0xFE ? 2 : 1;
                var opCode = OpCodesByValue[value];
                if (opCode.OperandType is OperandType.InlineField or OperandType.InlineMethod or OperandType.InlineTok or OperandType.InlineType)
                {
                    yield return BitConverter.ToInt32(il, at);
                }

                at += opCode.OperandType switch
                {
                    OperandType.InlineNone => 0,
                    OperandType.ShortInlineBrTarget or OperandType.ShortInlineI or OperandType.ShortInlineVar => 1,
                    OperandType.InlineVar => 2,
                    OperandType.InlineI8 or OperandType.InlineR => 8,
                    OperandType.InlineSwitch => 4 + (4 * BitConverter.ToInt32(il, at)),
                    _ => 4,
                };
            }
        }

        /// <summary>A type and what it is made of: element types and generic arguments.</summary>
        private static IEnumerable<Type> Expand(Type type)
        {
            if (type.HasElementType)
            {
                return Expand(type.GetElementType()!);
            }

            if (type.IsGenericParameter)
            {
                return [];
            }

            return type.IsConstructedGenericType
                ? type.GetGenericArguments().SelectMany(Expand).Prepend(type.GetGenericTypeDefinition())
                : [type];
        }
    }
}
