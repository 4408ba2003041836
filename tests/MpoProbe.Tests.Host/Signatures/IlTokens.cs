using System.Collections.Generic;
using System.Linq;
using System.Reflection;
using System.Reflection.Emit;
using System.Reflection.Metadata;
using System.Reflection.Metadata.Ecma335;

namespace MpoProbe.Tests.Signatures
{
    /// <summary>Walks a method body's IL and yields each metadata token operand with its IL offset.</summary>
    public static class IlTokens
    {
        private static readonly Dictionary<short, OperandType> Operands = typeof(OpCodes)
            .GetFields(BindingFlags.Public | BindingFlags.Static)
            .Select(f => (OpCode)f.GetValue(null))
            .ToDictionary(o => o.Value, o => o.OperandType);

        /// <summary>(IL offset, token) of every field, method, type, token and signature operand.</summary>
        public static IEnumerable<(int Offset, EntityHandle Token)> Read(MethodBodyBlock body)
        {
            BlobReader il = body.GetILReader();
            while (il.RemainingBytes > 0)
            {
                int offset = il.Offset;
                short code = il.ReadByte();
                if (code == 0xFE)
                {
                    code = (short)(0xFE00 | il.ReadByte());
                }

                OperandType operand = Operands[code];
                switch (operand)
                {
                    case OperandType.InlineField:
                    case OperandType.InlineMethod:
                    case OperandType.InlineTok:
                    case OperandType.InlineType:
                    case OperandType.InlineSig:
                        yield return (offset, MetadataTokens.EntityHandle(il.ReadInt32()));
                        break;
                    case OperandType.InlineSwitch:
                        int count = il.ReadInt32();
                        il.Offset += 4 * count;
                        break;
                    default:
                        il.Offset += Size(operand);
                        break;
                }
            }
        }

        private static int Size(OperandType operand)
        {
            switch (operand)
            {
                case OperandType.InlineNone:
                    return 0;
                case OperandType.ShortInlineBrTarget:
                case OperandType.ShortInlineI:
                case OperandType.ShortInlineVar:
                    return 1;
                case OperandType.InlineVar:
                    return 2;
                case OperandType.InlineI8:
                case OperandType.InlineR:
                    return 8;
                default:
                    return 4;
            }
        }
    }
}
