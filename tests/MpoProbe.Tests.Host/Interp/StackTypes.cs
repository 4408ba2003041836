using System.Collections.Generic;
using Mono.Cecil;
using Mono.Cecil.Cil;

namespace MpoProbe.Tests.Interp
{
    /// <summary>What an evaluation-stack slot holds, as far as the rewriter needs to know.</summary>
    public enum Slot
    {
        Other,
        Float,
        Reference,
    }

    /// <summary>
    /// The kinds of the evaluation-stack slots before each instruction of a method body: a
    /// forward walk over the IL following every branch and exception handler (IL guarantees the
    /// same stack shape on every path into an instruction, so the first path seen decides).
    /// Only floating-point and reference slots matter to the rewriter; the rest are
    /// <see cref="Slot.Other"/>.
    /// </summary>
    public static class StackTypes
    {
        /// <summary>The stack (bottom first) before each instruction reached.</summary>
        public static Dictionary<Instruction, Slot[]> Before(MethodBody body)
        {
            var before = new Dictionary<Instruction, Slot[]>();
            var work = new Stack<KeyValuePair<Instruction, Slot[]>>();
            work.Push(new KeyValuePair<Instruction, Slot[]>(body.Instructions[0], new Slot[0]));
            foreach (ExceptionHandler h in body.ExceptionHandlers)
            {
                bool hasException = h.HandlerType == ExceptionHandlerType.Catch || h.HandlerType == ExceptionHandlerType.Filter;
                work.Push(new KeyValuePair<Instruction, Slot[]>(h.HandlerStart, hasException ? new[] { Slot.Reference } : new Slot[0]));
                if (h.FilterStart != null)
                {
                    work.Push(new KeyValuePair<Instruction, Slot[]>(h.FilterStart, new[] { Slot.Reference }));
                }
            }

            while (work.Count > 0)
            {
                KeyValuePair<Instruction, Slot[]> item = work.Pop();
                Instruction at = item.Key;
                Slot[] stack = item.Value;
                while (at != null && !before.ContainsKey(at))
                {
                    before[at] = stack;
                    stack = After(body.Method, at, stack);
                    FlowControl flow = at.OpCode.FlowControl;
                    if (at.Operand is Instruction target)
                    {
                        work.Push(new KeyValuePair<Instruction, Slot[]>(target, at.OpCode.Code == Code.Leave || at.OpCode.Code == Code.Leave_S ? new Slot[0] : stack));
                    }
                    else if (at.Operand is Instruction[] targets)
                    {
                        foreach (Instruction t in targets)
                        {
                            work.Push(new KeyValuePair<Instruction, Slot[]>(t, stack));
                        }
                    }

                    if (flow == FlowControl.Branch || flow == FlowControl.Return || flow == FlowControl.Throw)
                    {
                        break;
                    }

                    at = at.Next;
                }
            }

            return before;
        }

        /// <summary>The kind a value of <paramref name="type"/> has on the stack.</summary>
        public static Slot KindOf(TypeReference type)
        {
            if (type == null)
            {
                return Slot.Other;
            }

            string name = type.FullName;
            if (name == "System.Double" || name == "System.Single")
            {
                return Slot.Float;
            }

            if (type.IsByReference || type.IsPointer || type.IsGenericParameter || type.IsValueType || type.IsPrimitive || name == "System.Void")
            {
                return Slot.Other;
            }

            return Slot.Reference;
        }

        private static Slot[] After(MethodDefinition method, Instruction at, Slot[] stack)
        {
            int pop = Pops(method, at, stack.Length);
            var list = new List<Slot>(stack);
            Slot top = stack.Length > 0 ? stack[stack.Length - 1] : Slot.Other;
            list.RemoveRange(list.Count - pop, pop);
            switch (at.OpCode.StackBehaviourPush)
            {
                case StackBehaviour.Push0:
                    break;
                case StackBehaviour.Push1_push1:
                    list.Add(top);
                    list.Add(top);
                    break;
                case StackBehaviour.Pushr4:
                case StackBehaviour.Pushr8:
                    list.Add(Slot.Float);
                    break;
                case StackBehaviour.Pushref:
                    list.Add(Slot.Reference);
                    break;
                case StackBehaviour.Varpush:
                    AddVarPush(at, list);
                    break;
                case StackBehaviour.Push1:
                    list.Add(Pushed(method, at, top));
                    break;
                default:
                    list.Add(Slot.Other);
                    break;
            }

            return list.ToArray();
        }

        private static void AddVarPush(Instruction at, List<Slot> list)
        {
            if (at.Operand is MethodReference called && called.ReturnType.FullName != "System.Void")
            {
                list.Add(KindOf(called.ReturnType));
            }
            else if (at.Operand is CallSite site && site.ReturnType.FullName != "System.Void")
            {
                list.Add(KindOf(site.ReturnType));
            }
        }

        private static Slot Pushed(MethodDefinition method, Instruction at, Slot top)
        {
            switch (at.OpCode.Code)
            {
                case Code.Ldarg: case Code.Ldarg_S: case Code.Ldarg_0: case Code.Ldarg_1: case Code.Ldarg_2: case Code.Ldarg_3:
                    return Argument(method, at);
                case Code.Ldloc: case Code.Ldloc_S: case Code.Ldloc_0: case Code.Ldloc_1: case Code.Ldloc_2: case Code.Ldloc_3:
                    return KindOf(Local(method, at).VariableType);
                case Code.Ldfld: case Code.Ldsfld:
                    return KindOf(((FieldReference)at.Operand).FieldType);
                case Code.Ldelem_Any: case Code.Ldobj: case Code.Unbox_Any:
                    return KindOf((TypeReference)at.Operand);
                case Code.Add: case Code.Sub: case Code.Mul: case Code.Div: case Code.Rem: case Code.Neg:
                    return top == Slot.Float ? Slot.Float : Slot.Other;
                default:
                    return Slot.Other;
            }
        }

        private static Slot Argument(MethodDefinition method, Instruction at)
        {
            if (at.Operand is ParameterDefinition p)
            {
                return p == method.Body.ThisParameter ? This(method) : KindOf(p.ParameterType);
            }

            int index = at.OpCode.Code - Code.Ldarg_0;
            if (method.HasThis)
            {
                if (index == 0)
                {
                    return This(method);
                }

                index--;
            }

            return KindOf(method.Parameters[index].ParameterType);
        }

        private static Slot This(MethodDefinition method) => method.DeclaringType.IsValueType ? Slot.Other : Slot.Reference;

        private static VariableDefinition Local(MethodDefinition method, Instruction at)
        {
            if (at.Operand is VariableDefinition v)
            {
                return v;
            }

            return method.Body.Variables[at.OpCode.Code - Code.Ldloc_0];
        }

        private static int Pops(MethodDefinition method, Instruction at, int depth)
        {
            switch (at.OpCode.StackBehaviourPop)
            {
                case StackBehaviour.Pop0: return 0;
                case StackBehaviour.Pop1: case StackBehaviour.Popi: case StackBehaviour.Popref: return 1;
                case StackBehaviour.Pop1_pop1: case StackBehaviour.Popi_pop1: case StackBehaviour.Popi_popi: case StackBehaviour.Popi_popi8:
                case StackBehaviour.Popi_popr4: case StackBehaviour.Popi_popr8: case StackBehaviour.Popref_pop1: case StackBehaviour.Popref_popi:
                    return 2;
                case StackBehaviour.Popi_popi_popi: case StackBehaviour.Popref_popi_popi: case StackBehaviour.Popref_popi_popi8:
                case StackBehaviour.Popref_popi_popr4: case StackBehaviour.Popref_popi_popr8: case StackBehaviour.Popref_popi_popref:
                    return 3;
                case StackBehaviour.PopAll: return depth;
                case StackBehaviour.Varpop: return VarPops(method, at);
                default: return 0;
            }
        }

        private static int VarPops(MethodDefinition method, Instruction at)
        {
            if (at.OpCode.Code == Code.Ret)
            {
                return method.ReturnType.FullName == "System.Void" ? 0 : 1;
            }

            if (at.Operand is CallSite site)
            {
                return site.Parameters.Count + 1 + (site.HasThis ? 1 : 0);
            }

            var called = (MethodReference)at.Operand;
            bool instance = called.HasThis && at.OpCode.Code != Code.Newobj;
            return called.Parameters.Count + (instance ? 1 : 0);
        }
    }
}
