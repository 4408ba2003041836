using System.Collections.Generic;
using System.IO;
using System.Reflection.Emit;
using System.Reflection.Metadata;
using System.Reflection.Metadata.Ecma335;
using System.Reflection.PortableExecutable;
using System.Text;

namespace MpoProbe.Tests.Signatures
{
    /// <summary>
    /// Estimates, from a host-compiled device assembly, how much of the nanoFramework metadata
    /// processor's string table and bytecode table it will use; each table holds at most
    /// <see cref="TableBytes"/> bytes. The raw figures are read from the ECMA-335 metadata; linear
    /// factors (two for strings, one for bytecode) map them to what the MDP measured
    /// (docs/firmware.md, "Assemblies and their tables": the fit and its residuals).
    /// </summary>
    public sealed class TableEstimate
    {
        /// <summary>The size of each table in a nanoFramework assembly (16-bit offsets).</summary>
        public const int TableBytes = 65535;

        /// <summary>CI fails an assembly above this share of either table (issue 23: room to grow).</summary>
        public const double LimitPercent = 75.0;

        /// <summary>MDP string-table bytes per name byte (least squares on the real MDP's tables of the six device assemblies of commit 183905a).</summary>
        public const double NameFactor = 0.8110;

        /// <summary>MDP string-table bytes per user-string byte (least squares on the real MDP's tables of the six device assemblies of commit 183905a).</summary>
        public const double UserStringFactor = 1.0668;

        /// <summary>MDP bytecode bytes per <see cref="RawBytecode"/> byte (least squares on the real MDP's tables of the six device assemblies of commit 183905a).</summary>
        public const double BytecodeFactor = 0.9920;

        private static readonly Dictionary<short, OperandType> Operands = IlOperands();

        /// <summary>The build's name.</summary>
        public string Name { get; private set; }

        /// <summary>
        /// Distinct names the MDP keeps, as UTF-8 bytes plus a terminator each: names and
        /// namespaces of defined and referenced types, names of fields, methods and member
        /// references (parameter names and the PDB's local names are not kept).
        /// </summary>
        public int NameBytes { get; private set; }

        /// <summary>Distinct user strings the IL loads (<c>ldstr</c>), as UTF-8 bytes plus a terminator each.</summary>
        public int UserStrings { get; private set; }

        /// <summary>IL bytes of every method body.</summary>
        public int IlBytes { get; private set; }

        /// <summary>Token operands in the IL (field, method, type, string): 4 bytes in IL, 2 in nanoFramework bytecode.</summary>
        public int TokenOperands { get; private set; }

        /// <summary>IL bytes with each token operand counted as 2 bytes, as the MDP writes them.</summary>
        public int RawBytecode => IlBytes - 2 * TokenOperands;

        /// <summary>Estimated string-table bytes.</summary>
        public int Strings => (int)(NameFactor * NameBytes + UserStringFactor * UserStrings + 0.5);

        /// <summary>Estimated bytecode-table bytes.</summary>
        public int Bytecode => (int)(BytecodeFactor * RawBytecode + 0.5);

        /// <summary>Estimated share of the string table, in percent.</summary>
        public double StringsPercent => 100.0 * Strings / TableBytes;

        /// <summary>Estimated share of the bytecode table, in percent.</summary>
        public double BytecodePercent => 100.0 * Bytecode / TableBytes;

        /// <summary>True when either table is above <see cref="LimitPercent"/>.</summary>
        public bool OverLimit => StringsPercent > LimitPercent || BytecodePercent > LimitPercent;

        /// <summary>The line CI prints: <c>tables: MpoProbe.Firmware strings 4 % bytecode 3 %</c>.</summary>
        public string Line => "tables: " + Name + " strings " + Round(StringsPercent) + " % bytecode " + Round(BytecodePercent) + " %";

        /// <summary>Reads a compiled assembly.</summary>
        public static TableEstimate Of(string name, byte[] image)
        {
            using var pe = new PEReader(new MemoryStream(image));
            MetadataReader md = pe.GetMetadataReader();
            var names = new HashSet<string>(System.StringComparer.Ordinal);
            foreach (TypeDefinitionHandle handle in md.TypeDefinitions)
            {
                TypeDefinition type = md.GetTypeDefinition(handle);
                names.Add(md.GetString(type.Name));
                names.Add(md.GetString(type.Namespace));
                foreach (FieldDefinitionHandle field in type.GetFields())
                {
                    names.Add(md.GetString(md.GetFieldDefinition(field).Name));
                }

                foreach (MethodDefinitionHandle method in type.GetMethods())
                {
                    names.Add(md.GetString(md.GetMethodDefinition(method).Name));
                }
            }

            foreach (TypeReferenceHandle handle in md.TypeReferences)
            {
                names.Add(md.GetString(md.GetTypeReference(handle).Name));
                names.Add(md.GetString(md.GetTypeReference(handle).Namespace));
            }

            foreach (MemberReferenceHandle handle in md.MemberReferences)
            {
                names.Add(md.GetString(md.GetMemberReference(handle).Name));
            }

            var user = new HashSet<string>(System.StringComparer.Ordinal);
            var estimate = new TableEstimate { Name = name };
            foreach (MethodDefinitionHandle handle in md.MethodDefinitions)
            {
                int rva = md.GetMethodDefinition(handle).RelativeVirtualAddress;
                if (rva == 0)
                {
                    continue;
                }

                MethodBodyBlock body = pe.GetMethodBody(rva);
                estimate.IlBytes += body.GetILContent().Length;
                estimate.TokenOperands += ReadTokens(body, md, user);
            }

            names.Remove(string.Empty);
            user.Remove(string.Empty);
            foreach (string s in user)
            {
                estimate.UserStrings += Encoding.UTF8.GetByteCount(s) + 1;
            }

            foreach (string s in names)
            {
                estimate.NameBytes += Encoding.UTF8.GetByteCount(s) + 1;
            }

            return estimate;
        }

        private static string Round(double percent) => ((int)(percent + 0.5)).ToString(System.Globalization.CultureInfo.InvariantCulture);

        /// <summary>Counts the token operands of one body and collects the user strings it loads.</summary>
        private static int ReadTokens(MethodBodyBlock body, MetadataReader md, HashSet<string> user)
        {
            int tokens = 0;
            BlobReader il = body.GetILReader();
            while (il.RemainingBytes > 0)
            {
                short code = il.ReadByte();
                if (code == 0xFE)
                {
                    code = (short)(0xFE00 | il.ReadByte());
                }

                switch (Operands[code])
                {
                    case OperandType.InlineString:
                        tokens++;
                        user.Add(md.GetUserString(MetadataTokens.UserStringHandle(il.ReadInt32() & 0xFFFFFF)));
                        break;
                    case OperandType.InlineField:
                    case OperandType.InlineMethod:
                    case OperandType.InlineTok:
                    case OperandType.InlineType:
                        tokens++;
                        il.Offset += 4;
                        break;
                    case OperandType.InlineSwitch:
                        int targets = il.ReadInt32();
                        il.Offset += 4 * targets;
                        break;
                    case OperandType.InlineNone:
                        break;
                    case OperandType.ShortInlineBrTarget:
                    case OperandType.ShortInlineI:
                    case OperandType.ShortInlineVar:
                        il.Offset += 1;
                        break;
                    case OperandType.InlineVar:
                        il.Offset += 2;
                        break;
                    case OperandType.InlineI8:
                    case OperandType.InlineR:
                        il.Offset += 8;
                        break;
                    default:
                        il.Offset += 4;
                        break;
                }
            }

            return tokens;
        }

        private static Dictionary<short, OperandType> IlOperands()
        {
            var map = new Dictionary<short, OperandType>();
            foreach (System.Reflection.FieldInfo field in typeof(OpCodes).GetFields(System.Reflection.BindingFlags.Public | System.Reflection.BindingFlags.Static))
            {
                var op = (OpCode)field.GetValue(null);
                map[op.Value] = op.OperandType;
            }

            return map;
        }
    }
}
