using System;
using System.Collections.Generic;
using Mono.Cecil;
using Mono.Cecil.Cil;

namespace MpoProbe.Benchmark
{
    /// <summary>
    /// A method's evaluation-stack length as the nanoFramework metadata processor writes it into
    /// the .pe (CLR_RECORD_METHODDEF.lengthEvalStack; metadata-processor CodeWriter.CalculateStackSize):
    /// one linear pass over the IL; calls and newobj by their signature, other instructions by their
    /// push/pop behaviour; an unconditional short branch, leave, throw or endfinally resets the depth
    /// to 0, and a branch target starts at the deepest depth recorded by the branches to it. The
    /// depth before each instruction is kept too: it gives the slots a frame has free at a call.
    /// </summary>
    public sealed class EvalStackRule
    {
        /// <summary>Depth before each instruction.</summary>
        public Dictionary<Instruction, int> Before { get; } = new Dictionary<Instruction, int>();

        /// <summary>The length written for the method.</summary>
        public int MaxStack { get; private set; }

        /// <summary>Measures <paramref name="body"/> (in its compiled form, before any rewrite).</summary>
        public static EvalStackRule Of(MethodBody body)
        {
            var rule = new EvalStackRule();
            var atTarget = new Dictionary<int, int>();
            int size = 0;
            int max = 0;
            foreach (Instruction ins in body.Instructions)
            {
                if (atTarget.TryGetValue(ins.Offset, out int corrected))
                {
                    size = corrected;
                }

                rule.Before[ins] = size;
                switch (ins.OpCode.Code)
                {
                    case Code.Throw:
                    case Code.Endfinally:
                    case Code.Endfilter:
                    case Code.Leave_S:
                    case Code.Br_S:
                    case Code.Leave:
                        size = 0;
                        continue;
                    case Code.Newobj:
                        size -= ((MethodReference)ins.Operand).Parameters.Count;
                        break;
                    case Code.Call:
                    case Code.Callvirt:
                        var called = (MethodReference)ins.Operand;
                        size -= called.Parameters.Count + (called.HasThis ? 1 : 0);
                        size += called.ReturnType.FullName == "System.Void" ? 0 : 1;
                        break;
                }

                size += Pushes(ins.OpCode.StackBehaviourPush) - Pops(ins.OpCode.StackBehaviourPop);
                if (ins.OpCode.OperandType == OperandType.ShortInlineBrTarget || ins.OpCode.OperandType == OperandType.InlineBrTarget)
                {
                    int offset = ((Instruction)ins.Operand).Offset;
                    atTarget.TryGetValue(offset, out int known);
                    atTarget[offset] = Math.Max(known, size);
                }

                max = Math.Max(max, size);
            }

            rule.MaxStack = Math.Min(max, 255);
            return rule;
        }

        private static int Pushes(StackBehaviour push)
        {
            switch (push)
            {
                case StackBehaviour.Push1:
                case StackBehaviour.Pushi:
                case StackBehaviour.Pushi8:
                case StackBehaviour.Pushr4:
                case StackBehaviour.Pushr8:
                case StackBehaviour.Pushref:
                    return 1;
                case StackBehaviour.Push1_push1:
                    return 2;
                default:
                    return 0;
            }
        }

        private static int Pops(StackBehaviour pop)
        {
            switch (pop)
            {
                case StackBehaviour.Pop1:
                case StackBehaviour.Popi:
                case StackBehaviour.Popref:
                    return 1;
                case StackBehaviour.Pop1_pop1:
                case StackBehaviour.Popi_pop1:
                case StackBehaviour.Popi_popi:
                case StackBehaviour.Popi_popi8:
                case StackBehaviour.Popi_popr4:
                case StackBehaviour.Popi_popr8:
                case StackBehaviour.Popref_pop1:
                case StackBehaviour.Popref_popi:
                    return 2;
                case StackBehaviour.Popi_popi_popi:
                case StackBehaviour.Popref_popi_popi:
                case StackBehaviour.Popref_popi_popi8:
                case StackBehaviour.Popref_popi_popr4:
                case StackBehaviour.Popref_popi_popr8:
                case StackBehaviour.Popref_popi_popref:
                    return 3;
                default:
                    return 0;
            }
        }
    }
}
