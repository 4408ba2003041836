using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Reflection.Metadata;
using System.Reflection.Metadata.Ecma335;
using System.Reflection.PortableExecutable;
using Microsoft.CodeAnalysis;

namespace MpoProbe.Tests.Signatures
{
    /// <summary>
    /// Reads a compiled device assembly's metadata and lists what the nanoFramework 1.x
    /// metadata processor rejects, whatever the source looked like: generic type and method
    /// definitions (user generics, anonymous types, generic local functions and the closures
    /// they capture into), generic instantiations (TypeSpec, MethodSpec, generic member
    /// references, signatures), multi-dimensional arrays, pointers. Each finding names a file
    /// and line from the portable PDB (the IL offset's sequence point) or from the symbol.
    /// </summary>
    public static class MetadataCheck
    {
        /// <summary>Findings as <c>file:line: what</c>, sorted and without duplicates.</summary>
        public static List<string> Check(DeviceBuild build)
        {
            var found = new SortedSet<string>();
            using var pe = new PEReader(new MemoryStream(build.Image));
            using MetadataReaderProvider pdbProvider = MetadataReaderProvider.FromPortablePdbStream(new MemoryStream(build.Pdb));
            MetadataReader md = pe.GetMetadataReader();
            var context = new Context(md, pdbProvider.GetMetadataReader(), build);
            foreach (TypeDefinitionHandle handle in md.TypeDefinitions)
            {
                TypeDefinition type = md.GetTypeDefinition(handle);
                if (type.GetGenericParameters().Count > 0)
                {
                    found.Add(context.TypeLocation(handle) + ": generic type definition " + context.Name(handle));
                }

                foreach (FieldDefinitionHandle field in type.GetFields())
                {
                    string fieldName = md.GetString(md.GetFieldDefinition(field).Name);
                    context.Decode(md.GetFieldDefinition(field).DecodeSignature(context.Provider, null), context.MemberLocation(handle, fieldName), "field " + fieldName, found);
                }

                foreach (MethodDefinitionHandle method in type.GetMethods())
                {
                    CheckMethod(context, handle, method, found);
                }
            }

            return found.ToList();
        }

        private static void CheckMethod(Context context, TypeDefinitionHandle owner, MethodDefinitionHandle handle, SortedSet<string> found)
        {
            MetadataReader md = context.Md;
            MethodDefinition method = md.GetMethodDefinition(handle);
            string name = context.Name(owner) + "." + md.GetString(method.Name);
            string where = context.MethodLocation(handle) ?? context.MemberLocation(owner, md.GetString(method.Name));
            if (method.GetGenericParameters().Count > 0)
            {
                found.Add(where + ": generic method definition " + name);
            }

            context.Decode(method.DecodeSignature(context.Provider, null), where, "signature of " + name, found);
            if (method.RelativeVirtualAddress == 0)
            {
                return;
            }

            MethodBodyBlock body = context.Pe.GetMethodBody(method.RelativeVirtualAddress);
            if (!body.LocalSignature.IsNil)
            {
                context.Decode(md.GetStandaloneSignature(body.LocalSignature).DecodeLocalSignature(context.Provider, null), where, "locals of " + name, found);
            }

            foreach ((int offset, EntityHandle token) in IlTokens.Read(body))
            {
                string at = context.OffsetLocation(handle, offset) ?? where;
                switch (token.Kind)
                {
                    case HandleKind.MethodSpecification:
                        MethodSpecification spec = md.GetMethodSpecification((MethodSpecificationHandle)token);
                        found.Add(at + ": generic method instantiation " + context.MemberName(spec.Method) + " in " + name);
                        break;
                    case HandleKind.TypeSpecification:
                        context.Decode(md.GetTypeSpecification((TypeSpecificationHandle)token).DecodeSignature(context.Provider, null), at, "in " + name, found);
                        break;
                    case HandleKind.MemberReference:
                        context.CheckMemberReference((MemberReferenceHandle)token, at, name, found);
                        break;
                }
            }
        }

        /// <summary>Readers and locations for one assembly.</summary>
        private sealed class Context
        {
            private readonly DeviceBuild _build;

            public Context(MetadataReader md, MetadataReader pdb, DeviceBuild build)
            {
                Md = md;
                Pdb = pdb;
                _build = build;
                Pe = new PEReader(new MemoryStream(build.Image));
            }

            public MetadataReader Md { get; }

            public MetadataReader Pdb { get; }

            public PEReader Pe { get; }

            public GenericSignatureProvider Provider { get; } = new GenericSignatureProvider();

            public string Name(TypeDefinitionHandle handle) => Provider.GetTypeFromDefinition(Md, handle, 0);

            public void Decode<T>(T decoded, string where, string what, SortedSet<string> found)
            {
                foreach (string problem in Provider.Problems)
                {
                    found.Add(where + ": " + problem + " (" + what + ")");
                }

                Provider.Problems.Clear();
            }

            public string MemberName(EntityHandle handle)
            {
                if (handle.Kind == HandleKind.MemberReference)
                {
                    return Md.GetString(Md.GetMemberReference((MemberReferenceHandle)handle).Name);
                }

                return handle.Kind == HandleKind.MethodDefinition ? Md.GetString(Md.GetMethodDefinition((MethodDefinitionHandle)handle).Name) : "?";
            }

            public void CheckMemberReference(MemberReferenceHandle handle, string at, string inMethod, SortedSet<string> found)
            {
                MemberReference member = Md.GetMemberReference(handle);
                string what = Md.GetString(member.Name) + " used in " + inMethod;
                if (member.Parent.Kind == HandleKind.TypeSpecification)
                {
                    Decode(Md.GetTypeSpecification((TypeSpecificationHandle)member.Parent).DecodeSignature(Provider, null), at, what, found);
                }

                if (member.GetKind() == MemberReferenceKind.Method)
                {
                    Decode(member.DecodeMethodSignature(Provider, null), at, what, found);
                }
                else
                {
                    Decode(member.DecodeFieldSignature(Provider, null), at, what, found);
                }
            }

            public string MethodLocation(MethodDefinitionHandle method) => OffsetLocation(method, int.MaxValue, first: true);

            public string OffsetLocation(MethodDefinitionHandle method, int offset, bool first = false)
            {
                MethodDebugInformation info = Pdb.GetMethodDebugInformation(method);
                SequencePoint? best = null;
                foreach (SequencePoint point in info.GetSequencePoints())
                {
                    if (point.IsHidden)
                    {
                        continue;
                    }

                    if (first)
                    {
                        best = point;
                        break;
                    }

                    if (point.Offset <= offset)
                    {
                        best = point;
                    }
                }

                return best == null ? null : Pdb.GetString(Pdb.GetDocument(best.Value.Document).Name) + ":" + best.Value.StartLine;
            }

            /// <summary>Where a field or method of a type is declared in source, else where the type is.</summary>
            public string MemberLocation(TypeDefinitionHandle owner, string memberName)
            {
                INamedTypeSymbol symbol = _build.Compilation.GetTypeByMetadataName(MetadataName(owner));
                Location source = symbol?.GetMembers(memberName).SelectMany(m => m.Locations).FirstOrDefault(l => l.IsInSource);
                if (source == null)
                {
                    return TypeLocation(owner);
                }

                FileLinePositionSpan span = source.GetLineSpan();
                return span.Path + ":" + (span.StartLinePosition.Line + 1);
            }

            public string TypeLocation(TypeDefinitionHandle handle)
            {
                TypeDefinition type = Md.GetTypeDefinition(handle);
                foreach (MethodDefinitionHandle method in type.GetMethods())
                {
                    string where = MethodLocation(method);
                    if (where != null)
                    {
                        return where;
                    }
                }

                string metadataName = MetadataName(handle);
                INamedTypeSymbol symbol = _build.Compilation.GetTypeByMetadataName(metadataName);
                Location source = symbol?.Locations.FirstOrDefault(l => l.IsInSource);
                if (source != null)
                {
                    FileLinePositionSpan span = source.GetLineSpan();
                    return span.Path + ":" + (span.StartLinePosition.Line + 1);
                }

                TypeDefinitionHandle outer = type.GetDeclaringType();
                return outer.IsNil ? _build.Name + " (" + metadataName + ")" : TypeLocation(outer);
            }

            private string MetadataName(TypeDefinitionHandle handle)
            {
                TypeDefinition type = Md.GetTypeDefinition(handle);
                TypeDefinitionHandle outer = type.GetDeclaringType();
                string name = Md.GetString(type.Name);
                if (!outer.IsNil)
                {
                    return MetadataName(outer) + "+" + name;
                }

                string ns = Md.GetString(type.Namespace);
                return ns.Length == 0 ? name : ns + "." + name;
            }
        }
    }
}
