using System.Linq;
using Mono.Cecil;

namespace MpoProbe.Benchmark
{
    /// <summary>What <see cref="AllocationRewriter"/> needs to know of a type reference.</summary>
    internal static class IlTypes
    {
        /// <summary>A framework number type (its ToString boxes on nanoFramework).</summary>
        public static bool IsNumber(TypeReference type)
        {
            switch (type.FullName)
            {
                case "System.Byte":
                case "System.SByte":
                case "System.Int16":
                case "System.UInt16":
                case "System.Int32":
                case "System.UInt32":
                case "System.Int64":
                case "System.UInt64":
                case "System.Single":
                case "System.Double":
                    return true;
                default:
                    return false;
            }
        }

        /// <summary>True for a class (false for a struct, or a type that cannot be resolved).</summary>
        public static bool IsReferenceType(TypeReference type)
        {
            if (type.FullName == "System.String")
            {
                return true;
            }

            try
            {
                TypeDefinition resolved = type.Resolve();
                return resolved != null && !resolved.IsValueType;
            }
            catch (AssemblyResolutionException)
            {
                return false;
            }
        }

        /// <summary>Bytes per array element in c_CLR_RT_DataTypeLookup, by metadata type (−1: one heap block).</summary>
        public static int ElementBytes(TypeReference element)
        {
            TypeReference t = element;
            if (!t.IsPrimitive && !t.IsArray && t.Resolve() is TypeDefinition d && d.IsEnum)
            {
                t = d.Fields.First(f => !f.IsStatic).FieldType;
            }

            switch (t.FullName)
            {
                case "System.Boolean":
                case "System.Byte":
                case "System.SByte":
                    return 1;
                case "System.Char":
                case "System.Int16":
                case "System.UInt16":
                    return 2;
                case "System.Int32":
                case "System.UInt32":
                case "System.Single":
                    return 4;
                case "System.Int64":
                case "System.UInt64":
                case "System.Double":
                    return 8;
                default:
                    return -1;
            }
        }
    }
}
