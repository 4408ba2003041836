using System.Collections.Generic;
using System.Collections.Immutable;
using System.Reflection.Metadata;

namespace MpoProbe.Tests.Signatures
{
    /// <summary>
    /// Decodes metadata signatures into readable type names and notes every part the
    /// nanoFramework 1.x metadata processor or runtime rejects: generic instantiations, generic
    /// parameters, multi-dimensional arrays, pointers and function pointers.
    /// </summary>
    public sealed class GenericSignatureProvider : ISignatureTypeProvider<string, object>
    {
        /// <summary>What the last decodes found (cleared by the caller).</summary>
        public List<string> Problems { get; } = new List<string>();

        public string GetPrimitiveType(PrimitiveTypeCode typeCode) => typeCode.ToString();

        public string GetTypeFromDefinition(MetadataReader reader, TypeDefinitionHandle handle, byte rawTypeKind)
        {
            TypeDefinition type = reader.GetTypeDefinition(handle);
            string name = reader.GetString(type.Name);
            TypeDefinitionHandle outer = type.GetDeclaringType();
            if (!outer.IsNil)
            {
                return GetTypeFromDefinition(reader, outer, 0) + "." + name;
            }

            string ns = reader.GetString(type.Namespace);
            return ns.Length == 0 ? name : ns + "." + name;
        }

        public string GetTypeFromReference(MetadataReader reader, TypeReferenceHandle handle, byte rawTypeKind)
        {
            TypeReference type = reader.GetTypeReference(handle);
            string ns = reader.GetString(type.Namespace);
            string name = reader.GetString(type.Name);
            return ns.Length == 0 ? name : ns + "." + name;
        }

        public string GetTypeFromSpecification(MetadataReader reader, object genericContext, TypeSpecificationHandle handle, byte rawTypeKind)
        {
            return reader.GetTypeSpecification(handle).DecodeSignature(this, genericContext);
        }

        public string GetSZArrayType(string elementType) => elementType + "[]";

        public string GetArrayType(string elementType, ArrayShape shape)
        {
            string text = elementType + "[" + new string(',', shape.Rank - 1) + "]";
            Problems.Add("multi-dimensional array " + text);
            return text;
        }

        public string GetGenericInstantiation(string genericType, ImmutableArray<string> typeArguments)
        {
            string text = genericType + "<" + string.Join(",", typeArguments) + ">";
            Problems.Add("generic instantiation " + text);
            return text;
        }

        public string GetGenericTypeParameter(object genericContext, int index)
        {
            Problems.Add("generic type parameter !" + index);
            return "!" + index;
        }

        public string GetGenericMethodParameter(object genericContext, int index)
        {
            Problems.Add("generic method parameter !!" + index);
            return "!!" + index;
        }

        public string GetByReferenceType(string elementType) => elementType + "&";

        public string GetPointerType(string elementType)
        {
            Problems.Add("pointer " + elementType + "*");
            return elementType + "*";
        }

        public string GetFunctionPointerType(MethodSignature<string> signature)
        {
            Problems.Add("function pointer");
            return "method*";
        }

        public string GetModifiedType(string modifier, string unmodifiedType, bool isRequired) => unmodifiedType;

        public string GetPinnedType(string elementType) => elementType;
    }
}
