using System.Globalization;
using System.Xml;
using System.Xml.Schema;

namespace Ews.ImGroups.Host.Tests.Soap.Schemas;

/// <summary>
/// Compares the global definitions of one compiled schema set with the same-named ones of a reference set,
/// structurally: derivation, particles (kind, order, occurrence), element and attribute declarations
/// (names, namespaces, types, use, defaults), wildcards and simple-type facets. Documentation, ids and
/// layout are ignored. The enumeration of <c>m:ResponseCodeType</c> may be a subset of the reference's
/// (kept in the reference's relative order). Built-in XML Schema types are skipped.
/// </summary>
public static class SchemaComparer
{
    private const string MessagesNs = "http://schemas.microsoft.com/exchange/services/2006/messages";

    private static readonly XmlQualifiedName[] SubsetEnumerationTypes = [new("ResponseCodeType", MessagesNs)];

    /// <summary>Returns the differences found, one line each; empty when every global definition of
    /// <paramref name="ours"/> agrees with its namesake in <paramref name="reference"/>.</summary>
    public static IReadOnlyList<string> Compare(XmlSchemaSet ours, XmlSchemaSet reference)
    {
        ArgumentNullException.ThrowIfNull(ours);
        ArgumentNullException.ThrowIfNull(reference);
        if (!ours.IsCompiled) { ours.Compile(); }
        if (!reference.IsCompiled) { reference.Compile(); }

        var diffs = new List<string>();
        CompareTables("type", ours.GlobalTypes, reference.GlobalTypes, diffs);
        CompareTables("element", ours.GlobalElements, reference.GlobalElements, diffs);
        CompareTables("attribute", ours.GlobalAttributes, reference.GlobalAttributes, diffs);
        CompareTables("group", Table(ours, s => s.Groups), Table(reference, s => s.Groups), diffs);
        CompareTables("attributeGroup", Table(ours, s => s.AttributeGroups), Table(reference, s => s.AttributeGroups), diffs);
        return diffs;
    }

    private static Dictionary<XmlQualifiedName, XmlSchemaObject> Table(XmlSchemaSet set, Func<XmlSchema, XmlSchemaObjectTable> pick)
    {
        var table = new Dictionary<XmlQualifiedName, XmlSchemaObject>();
        foreach (XmlSchema schema in set.Schemas())
        {
            var items = pick(schema);
            foreach (var name in items.Names.Cast<XmlQualifiedName>())
            {
                table[name] = items[name]!;
            }
        }

        return table;
    }

    private static void CompareTables(string kind, XmlSchemaObjectTable ours, XmlSchemaObjectTable reference, List<string> diffs) =>
        CompareTables(kind, ours.Names.Cast<XmlQualifiedName>().ToDictionary(n => n, n => ours[n]!),
            reference.Names.Cast<XmlQualifiedName>().ToDictionary(n => n, n => reference[n]!), diffs);

    private static void CompareTables(string kind, Dictionary<XmlQualifiedName, XmlSchemaObject> ours,
        Dictionary<XmlQualifiedName, XmlSchemaObject> reference, List<string> diffs)
    {
        foreach (var (name, item) in ours.Where(p => p.Key.Namespace != XmlSchema.Namespace).OrderBy(p => p.Key.Namespace, StringComparer.Ordinal).ThenBy(p => p.Key.Name, StringComparer.Ordinal))
        {
            var path = $"{kind} {{{name.Namespace}}}{name.Name}";
            if (reference.TryGetValue(name, out var theirs))
            {
                new Walker(diffs, SubsetEnumerationTypes.Contains(name)).Node(path, item, theirs);
            }
            else
            {
                diffs.Add($"{path}: not declared in the reference");
            }
        }
    }

    private sealed class Walker(List<string> diffs, bool enumerationMayBeSubset)
    {
        public void Node(string path, XmlSchemaObject? a, XmlSchemaObject? b)
        {
            if (a is null || b is null)
            {
                Eq(path, "presence", a is null ? "absent" : "present", b is null ? "absent" : "present");
                return;
            }

            if (a.GetType() != b.GetType())
            {
                Eq(path, "kind", Kind(a), Kind(b));
                if (a is not XmlSchemaGroupBase || b is not XmlSchemaGroupBase)
                {
                    return;
                }
            }

            switch (a, b)
            {
                case (XmlSchemaComplexType x, XmlSchemaComplexType y): ComplexType(path, x, y); break;
                case (XmlSchemaSimpleType x, XmlSchemaSimpleType y): SimpleType(path, x, y); break;
                case (XmlSchemaElement x, XmlSchemaElement y): Element(path, x, y); break;
                case (XmlSchemaAttribute x, XmlSchemaAttribute y): Attribute(path, x, y); break;
                case (XmlSchemaGroup x, XmlSchemaGroup y): Node(path, x.Particle, y.Particle); break;
                case (XmlSchemaAttributeGroup x, XmlSchemaAttributeGroup y):
                    Attributes(path, x.Attributes, y.Attributes);
                    Node($"{path}/anyAttribute", x.AnyAttribute, y.AnyAttribute);
                    break;
                case (XmlSchemaGroupBase x, XmlSchemaGroupBase y): // sequence, choice or all
                    Occurs(path, x, y);
                    Items(path, x.Items, y.Items, Node);
                    break;
                case (XmlSchemaGroupRef x, XmlSchemaGroupRef y):
                    Occurs(path, x, y);
                    Eq(path, "ref", x.RefName, y.RefName);
                    break;
                case (XmlSchemaAny x, XmlSchemaAny y):
                    Occurs(path, x, y);
                    Eq(path, "namespace", x.Namespace ?? "##any", y.Namespace ?? "##any");
                    Eq(path, "processContents", x.ProcessContents, y.ProcessContents);
                    break;
                case (XmlSchemaAnyAttribute x, XmlSchemaAnyAttribute y):
                    Eq(path, "namespace", x.Namespace ?? "##any", y.Namespace ?? "##any");
                    Eq(path, "processContents", x.ProcessContents, y.ProcessContents);
                    break;
                case (XmlSchemaAttributeGroupRef x, XmlSchemaAttributeGroupRef y): Eq(path, "ref", x.RefName, y.RefName); break;
                case (XmlSchemaSimpleContent or XmlSchemaComplexContent, _): ContentModel(path, (XmlSchemaContentModel)a, (XmlSchemaContentModel)b); break;
                case (XmlSchemaSimpleTypeRestriction x, XmlSchemaSimpleTypeRestriction y):
                    TypeRef($"{path}/restriction base", x.BaseTypeName, x.BaseType, y.BaseTypeName, y.BaseType);
                    Facets(path, x.Facets, y.Facets);
                    break;
                case (XmlSchemaSimpleTypeList x, XmlSchemaSimpleTypeList y):
                    TypeRef($"{path}/list itemType", x.ItemTypeName, x.ItemType, y.ItemTypeName, y.ItemType);
                    break;
                case (XmlSchemaSimpleTypeUnion x, XmlSchemaSimpleTypeUnion y):
                    Eq(path, "union memberTypes", string.Join(" ", x.MemberTypes ?? []), string.Join(" ", y.MemberTypes ?? []));
                    Items($"{path}/union", x.BaseTypes, y.BaseTypes, Node);
                    break;
                case (XmlSchemaSimpleContentExtension x, XmlSchemaSimpleContentExtension y):
                    Derivation(path, x.BaseTypeName, y.BaseTypeName, x.Attributes, y.Attributes, x.AnyAttribute, y.AnyAttribute);
                    break;
                case (XmlSchemaSimpleContentRestriction x, XmlSchemaSimpleContentRestriction y):
                    Derivation(path, x.BaseTypeName, y.BaseTypeName, x.Attributes, y.Attributes, x.AnyAttribute, y.AnyAttribute);
                    Node($"{path}/simpleType", x.BaseType, y.BaseType);
                    Facets(path, x.Facets, y.Facets);
                    break;
                case (XmlSchemaComplexContentExtension x, XmlSchemaComplexContentExtension y):
                    Derivation(path, x.BaseTypeName, y.BaseTypeName, x.Attributes, y.Attributes, x.AnyAttribute, y.AnyAttribute);
                    Node($"{path}/{Kind(x.Particle)}", x.Particle, y.Particle);
                    break;
                case (XmlSchemaComplexContentRestriction x, XmlSchemaComplexContentRestriction y):
                    Derivation(path, x.BaseTypeName, y.BaseTypeName, x.Attributes, y.Attributes, x.AnyAttribute, y.AnyAttribute);
                    Node($"{path}/{Kind(x.Particle)}", x.Particle, y.Particle);
                    break;
                default: diffs.Add($"{path}: cannot compare {Kind(a)}"); break;
            }
        }

        private void ComplexType(string path, XmlSchemaComplexType a, XmlSchemaComplexType b)
        {
            Eq(path, "abstract", a.IsAbstract, b.IsAbstract);
            Eq(path, "mixed", a.IsMixed, b.IsMixed);
            Eq(path, "block", a.Block, b.Block);
            Eq(path, "final", a.Final, b.Final);
            if (a.ContentModel is not null || b.ContentModel is not null)
            {
                Node($"{path}/{Kind(a.ContentModel)}", a.ContentModel, b.ContentModel);
            }

            Node($"{path}/{Kind(a.Particle)}", a.Particle, b.Particle);
            Attributes(path, a.Attributes, b.Attributes);
            Node($"{path}/anyAttribute", a.AnyAttribute, b.AnyAttribute);
        }

        private void ContentModel(string path, XmlSchemaContentModel a, XmlSchemaContentModel b)
        {
            if (a is XmlSchemaComplexContent x && b is XmlSchemaComplexContent y)
            {
                Eq(path, "mixed", x.IsMixed, y.IsMixed);
            }

            Node($"{path}/{Kind(a.Content)}", a.Content, b.Content);
        }

        private void Derivation(string path, XmlQualifiedName aBase, XmlQualifiedName bBase, XmlSchemaObjectCollection aAttributes,
            XmlSchemaObjectCollection bAttributes, XmlSchemaAnyAttribute? aAny, XmlSchemaAnyAttribute? bAny)
        {
            Eq(path, "base", aBase, bBase);
            Attributes(path, aAttributes, bAttributes);
            Node($"{path}/anyAttribute", aAny, bAny);
        }

        private void SimpleType(string path, XmlSchemaSimpleType a, XmlSchemaSimpleType b)
        {
            Eq(path, "final", a.Final, b.Final);
            Node($"{path}/{Kind(a.Content)}", a.Content, b.Content);
        }

        private void Element(string path, XmlSchemaElement a, XmlSchemaElement b)
        {
            Occurs(path, a, b);
            Eq(path, "name", a.QualifiedName, b.QualifiedName);
            Eq(path, "ref", a.RefName, b.RefName);
            Eq(path, "abstract", a.IsAbstract, b.IsAbstract);
            Eq(path, "nillable", a.IsNillable, b.IsNillable);
            Eq(path, "default", a.DefaultValue, b.DefaultValue);
            Eq(path, "fixed", a.FixedValue, b.FixedValue);
            Eq(path, "substitutionGroup", a.SubstitutionGroup, b.SubstitutionGroup);
            Eq(path, "block", a.Block, b.Block);
            Eq(path, "final", a.Final, b.Final);
            TypeRef($"{path}/type", a.SchemaTypeName, a.SchemaType, b.SchemaTypeName, b.SchemaType);
        }

        private void Attribute(string path, XmlSchemaAttribute a, XmlSchemaAttribute b)
        {
            Eq(path, "name", a.QualifiedName, b.QualifiedName);
            Eq(path, "ref", a.RefName, b.RefName);
            Eq(path, "use", a.Use, b.Use);
            Eq(path, "default", a.DefaultValue, b.DefaultValue);
            Eq(path, "fixed", a.FixedValue, b.FixedValue);
            TypeRef($"{path}/type", a.SchemaTypeName, a.SchemaType, b.SchemaTypeName, b.SchemaType);
        }

        /// <summary>Attributes are unordered in XSD, so they are matched by name (or ref).</summary>
        private void Attributes(string path, XmlSchemaObjectCollection a, XmlSchemaObjectCollection b)
        {
            var theirs = b.Cast<XmlSchemaObject>().ToDictionary(AttributeKey);
            foreach (XmlSchemaObject item in a)
            {
                var key = AttributeKey(item);
                if (theirs.Remove(key, out var match))
                {
                    Node($"{path}/{key}", item, match);
                }
                else
                {
                    diffs.Add($"{path}: {key} not in the reference");
                }
            }

            diffs.AddRange(theirs.Keys.Select(key => $"{path}: {key} missing"));
        }

        private void Facets(string path, XmlSchemaObjectCollection a, XmlSchemaObjectCollection b)
        {
            static List<string> Values(XmlSchemaObjectCollection facets, bool enumerations) =>
                facets.Cast<XmlSchemaFacet>().Where(f => f is XmlSchemaEnumerationFacet == enumerations)
                    .Select(f => enumerations ? f.Value! : $"{Kind(f)}={f.Value}{(f.IsFixed ? " (fixed)" : "")}").ToList();

            Items($"{path}/facets", Values(a, false), Values(b, false), (p, x, y) => Eq(p, "facet", x, y));
            List<string> ours = Values(a, true), theirs = Values(b, true);
            var extra = ours.Except(theirs).ToList();
            var missing = enumerationMayBeSubset ? [] : theirs.Except(ours).ToList();
            if (extra.Count > 0)
            {
                diffs.Add($"{path}: enumeration values not in the reference: {string.Join(", ", extra)}");
            }

            if (missing.Count > 0)
            {
                diffs.Add($"{path}: enumeration values missing: {string.Join(", ", missing)}");
            }

            if (!ours.Intersect(theirs).SequenceEqual(theirs.Intersect(ours)))
            {
                diffs.Add($"{path}: enumeration values not in the reference's order");
            }
        }

        /// <summary>A type given by name is compared by name; an anonymous one, structurally.</summary>
        private void TypeRef(string path, XmlQualifiedName aName, XmlSchemaType? aType, XmlQualifiedName bName, XmlSchemaType? bType)
        {
            Eq(path, "name", aName, bName);
            if (aName.IsEmpty && bName.IsEmpty)
            {
                Node($"{path}/anonymous", aType, bType);
            }
        }

        private void Occurs(string path, XmlSchemaParticle a, XmlSchemaParticle b)
        {
            Eq(path, "minOccurs", a.MinOccurs, b.MinOccurs);
            Eq(path, "maxOccurs", a.MaxOccurs, b.MaxOccurs);
        }

        private void Items<T>(string path, IEnumerable<T> a, IEnumerable<T> b, Action<string, T, T> compare)
        {
            List<T> x = [.. a], y = [.. b];
            Eq(path, "item count", x.Count, y.Count);
            for (var i = 0; i < Math.Min(x.Count, y.Count); i++)
            {
                compare($"{path}[{i}]{Label(x[i])}", x[i], y[i]);
            }
        }

        private void Items(string path, XmlSchemaObjectCollection a, XmlSchemaObjectCollection b, Action<string, XmlSchemaObject?, XmlSchemaObject?> compare) =>
            Items(path, a.Cast<XmlSchemaObject?>(), b.Cast<XmlSchemaObject?>(), compare);

        private void Eq<T>(string path, string what, T a, T b)
        {
            if (!EqualityComparer<T>.Default.Equals(a, b))
            {
                diffs.Add(string.Create(CultureInfo.InvariantCulture, $"{path}: {what} '{a}' vs '{b}'"));
            }
        }

        private static string AttributeKey(XmlSchemaObject item) => item switch
        {
            XmlSchemaAttribute a => $"@{(a.RefName.IsEmpty ? a.QualifiedName : a.RefName)}",
            XmlSchemaAttributeGroupRef g => $"attributeGroup {g.RefName}",
            _ => Kind(item),
        };

        private static string Label<T>(T item) => item switch
        {
            XmlSchemaElement e => $" element {(e.RefName.IsEmpty ? e.QualifiedName : e.RefName)}",
            XmlSchemaObject o => $" {Kind(o)}",
            _ => "",
        };

        private static string Kind(XmlSchemaObject? item) => item?.GetType().Name.Replace("XmlSchema", "", StringComparison.Ordinal) ?? "none";
    }
}
