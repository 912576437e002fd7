using System.Reflection;
using System.Reflection.Emit;

namespace Ews.ImGroups.TestSupport;

/// <summary>
/// Which namespaces of one assembly use which others, read from the compiled code: signatures, base types,
/// attributes and every type, method and field a method body names. Compiler-made types (closures, state machines)
/// count for the type that declares them, and the assembly's own types are the only ones followed.
/// </summary>
public sealed class NamespaceGraph
{
    private const BindingFlags Everything =
        BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly;

    private static readonly Dictionary<short, OpCode> OpCodesByValue = typeof(OpCodes)
        .GetFields(BindingFlags.Public | BindingFlags.Static)
        .Select(f => (OpCode)f.GetValue(null)!)
        .ToDictionary(o => o.Value);

    private readonly Assembly assembly;
    private readonly Dictionary<string, HashSet<string>> edges = new(StringComparer.Ordinal);

    private NamespaceGraph(Assembly assembly) => this.assembly = assembly;

    public IReadOnlyDictionary<string, HashSet<string>> Edges => edges;

    public static NamespaceGraph Of(Assembly assembly)
    {
        var graph = new NamespaceGraph(assembly);
        foreach (var type in assembly.GetTypes())
        {
            graph.Visit(type);
        }

        return graph;
    }

    /// <summary>Every cycle, each as the namespaces on it; empty when the namespaces form layers.</summary>
    public IReadOnlyList<IReadOnlyList<string>> Cycles()
    {
        // Tarjan's strongly connected components: a component of more than one namespace is a cycle.
        var index = new Dictionary<string, int>(StringComparer.Ordinal);
        var low = new Dictionary<string, int>(StringComparer.Ordinal);
        var stack = new Stack<string>();
        var onStack = new HashSet<string>(StringComparer.Ordinal);
        var cycles = new List<IReadOnlyList<string>>();

        void Connect(string node)
        {
            index[node] = low[node] = index.Count;
            stack.Push(node);
            onStack.Add(node);
            foreach (var next in edges.GetValueOrDefault(node) ?? [])
            {
                if (!index.ContainsKey(next))
                {
                    Connect(next);
                    low[node] = Math.Min(low[node], low[next]);
                }
                else if (onStack.Contains(next) && index.TryGetValue(next, out var reached))
                {
                    low[node] = Math.Min(low[node], reached);
                }
            }

            if (low[node] == index[node])
            {
                var component = new List<string>();
                string member;
                do
                {
                    member = stack.Pop();
                    onStack.Remove(member);
                    component.Add(member);
                }
                while (member != node);

                if (component.Count > 1)
                {
                    component.Sort(StringComparer.Ordinal);
                    cycles.Add(component);
                }
            }
        }

        foreach (var node in edges.Keys.OrderBy(n => n, StringComparer.Ordinal))
        {
            if (!index.ContainsKey(node))
            {
                Connect(node);
            }
        }

        return cycles;
    }

    /// <summary>The uses behind a cycle's edges, to say in a failure message what ties the namespaces together.</summary>
    public IEnumerable<string> Describe(IReadOnlyList<string> cycle) =>
        cycle.SelectMany(from => (edges.GetValueOrDefault(from) ?? []).Where(cycle.Contains).Select(to => $"{from} -> {to}"));

    private void Visit(Type type)
    {
        var from = Owner(type).Namespace ?? string.Empty;
        Use(from, type.BaseType);
        foreach (var contract in type.GetInterfaces())
        {
            Use(from, contract);
        }

        UseAttributes(from, type.CustomAttributes);
        foreach (var field in type.GetFields(Everything))
        {
            Use(from, field.FieldType);
            UseAttributes(from, field.CustomAttributes);
        }

        foreach (var property in type.GetProperties(Everything))
        {
            Use(from, property.PropertyType);
            UseAttributes(from, property.CustomAttributes);
        }

        foreach (var method in type.GetMethods(Everything).Cast<MethodBase>().Concat(type.GetConstructors(Everything)))
        {
            if (method is MethodInfo info)
            {
                Use(from, info.ReturnType);
            }

            foreach (var parameter in method.GetParameters())
            {
                Use(from, parameter.ParameterType);
                UseAttributes(from, parameter.CustomAttributes);
            }

            UseAttributes(from, method.CustomAttributes);
            UseBody(from, method);
        }
    }

    private void UseBody(string from, MethodBase method)
    {
        var il = method.GetMethodBody()?.GetILAsByteArray();
        if (il is null)
        {
            return;
        }

        var typeArguments = method.DeclaringType is { IsGenericType: true } declaring ? declaring.GetGenericArguments() : null;
        var methodArguments = method.IsGenericMethod ? method.GetGenericArguments() : null;
        for (var at = 0; at < il.Length;)
        {
            var code = il[at] == 0xFE ? OpCodesByValue[(short)(0xFE00 | il[at + 1])] : OpCodesByValue[il[at]];
            at += code.Size;
            switch (code.OperandType)
            {
                case OperandType.InlineMethod or OperandType.InlineField or OperandType.InlineType or OperandType.InlineTok:
                    UseMember(from, method.Module.ResolveMember(BitConverter.ToInt32(il, at), typeArguments, methodArguments));
                    break;
            }

            at += OperandSize(code, il, at);
        }
    }

    private void UseMember(string from, MemberInfo? member)
    {
        switch (member)
        {
            case Type type:
                Use(from, type);
                break;
            case MethodInfo method:
                Use(from, method.DeclaringType);
                foreach (var argument in method.IsGenericMethod ? method.GetGenericArguments() : [])
                {
                    Use(from, argument);
                }

                break;
            case { } other:
                Use(from, other.DeclaringType);
                break;
        }
    }

    private void UseAttributes(string from, IEnumerable<CustomAttributeData> attributes)
    {
        foreach (var attribute in attributes)
        {
            Use(from, attribute.AttributeType);
            foreach (var argument in attribute.ConstructorArguments.Concat(attribute.NamedArguments.Select(n => n.TypedValue)))
            {
                Use(from, argument.Value as Type);
            }
        }
    }

    private void Use(string from, Type? type)
    {
        if (type is null)
        {
            return;
        }

        if (type.HasElementType)
        {
            Use(from, type.GetElementType());
            return;
        }

        if (type.IsGenericType && !type.IsGenericTypeDefinition)
        {
            foreach (var argument in type.GetGenericArguments())
            {
                Use(from, argument);
            }
        }

        if (type.IsGenericParameter || type.Assembly != assembly || IsCompilerMade(Owner(type)))
        {
            return;
        }

        var to = Owner(type).Namespace ?? string.Empty;
        if (to != from)
        {
            if (!edges.TryGetValue(from, out var targets))
            {
                edges[from] = targets = new HashSet<string>(StringComparer.Ordinal);
            }

            targets.Add(to);
        }
    }

    /// <summary>Helpers the compiler adds at the top level (array initializers, string switches) belong to no layer.</summary>
    private static bool IsCompilerMade(Type type) => type.IsDefined(typeof(System.Runtime.CompilerServices.CompilerGeneratedAttribute), false);

    private static Type Owner(Type type)
    {
        while (type.DeclaringType is { } outer)
        {
            type = outer;
        }

        return type;
    }

    private static int OperandSize(OpCode code, byte[] il, int at) => code.OperandType switch
    {
        OperandType.InlineNone => 0,
        OperandType.ShortInlineBrTarget or OperandType.ShortInlineI or OperandType.ShortInlineVar => 1,
        OperandType.InlineVar => 2,
        OperandType.InlineI8 or OperandType.InlineR => 8,
        OperandType.InlineSwitch => 4 + (BitConverter.ToInt32(il, at) * 4),
        _ => 4,
    };
}
