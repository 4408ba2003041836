using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using Mono.Cecil;
using Mono.Cecil.Cil;
using Mono.Cecil.Rocks;

namespace MpoProbe.Tests.Interp
{
    /// <summary>
    /// Copies compiled assemblies and rewrites their IL so that the host runs them as the
    /// nanoFramework interpreter would (docs/device-rules.md §3): every comparison and
    /// conditional branch on floating-point operands calls <see cref="InterpreterRules"/>;
    /// every <c>newarr</c> of a reference type fills the new array with sentinels; reference
    /// comparisons, null tests and string equality refuse a sentinel. Each rewritten
    /// instruction gets a site id whose file and line (portable PDB sequence points) the run
    /// reports. Sequence points stay on the original instructions, so stack traces of the
    /// rewritten copy name the original lines.
    /// </summary>
    public sealed class IlRewriter
    {
        private static readonly Dictionary<Code, string> FloatCompare = new Dictionary<Code, string>
        {
            { Code.Ceq, "Ceq" }, { Code.Cgt, "Cgt" }, { Code.Cgt_Un, "Cgt" }, { Code.Clt, "Clt" }, { Code.Clt_Un, "Clt" },
        };

        private static readonly Dictionary<Code, string> FloatBranch = new Dictionary<Code, string>
        {
            { Code.Beq, "Beq" }, { Code.Bne_Un, "Bne" }, { Code.Bge, "Bge" }, { Code.Bge_Un, "Bge" }, { Code.Bgt, "Bgt" },
            { Code.Bgt_Un, "Bgt" }, { Code.Ble, "Ble" }, { Code.Ble_Un, "Ble" }, { Code.Blt, "Blt" }, { Code.Blt_Un, "Blt" },
        };

        private static readonly HashSet<Code> ToInteger = new HashSet<Code>
        {
            Code.Conv_I1, Code.Conv_I2, Code.Conv_I4, Code.Conv_I8, Code.Conv_I, Code.Conv_U1, Code.Conv_U2, Code.Conv_U4, Code.Conv_U8, Code.Conv_U,
            Code.Conv_Ovf_I1, Code.Conv_Ovf_I2, Code.Conv_Ovf_I4, Code.Conv_Ovf_I8, Code.Conv_Ovf_U1, Code.Conv_Ovf_U2, Code.Conv_Ovf_U4, Code.Conv_Ovf_U8,
        };

        private Dictionary<Instruction, string> _where;

        /// <summary>File and line (and method) of each site id handed out so far.</summary>
        public Dictionary<int, string> Sites { get; } = new Dictionary<int, string>();

        /// <summary>Instructions rewritten, by kind (float compare, reference compare, newarr, conv, string).</summary>
        public SortedDictionary<string, int> Counts { get; } = new SortedDictionary<string, int>(StringComparer.Ordinal);

        /// <summary>
        /// Rewrites <paramref name="fileName"/> from <paramref name="fromFolder"/> into
        /// <paramref name="toFolder"/> (with its PDB); only methods for which
        /// <paramref name="rewrite"/> is true (given the method's first source file) change.
        /// </summary>
        public void Rewrite(string fromFolder, string toFolder, string fileName, Func<string, bool> rewrite)
        {
            var resolver = new DefaultAssemblyResolver();
            resolver.AddSearchDirectory(fromFolder);
            var read = new ReaderParameters { ReadSymbols = true, InMemory = true, AssemblyResolver = resolver };
            using (AssemblyDefinition assembly = AssemblyDefinition.ReadAssembly(Path.Combine(fromFolder, fileName), read))
            {
                ModuleDefinition module = assembly.MainModule;
                foreach (TypeDefinition type in module.GetTypes().ToList())
                {
                    if (type.FullName == typeof(InterpreterRules).FullName || type.FullName == typeof(UnassignedElementException).FullName)
                    {
                        continue;
                    }

                    foreach (MethodDefinition method in type.Methods.Where(m => m.HasBody && m.Body.Instructions.Count > 0))
                    {
                        string document = method.DebugInformation.SequencePoints.FirstOrDefault()?.Document.Url;
                        if (document != null && rewrite(document))
                        {
                            RewriteMethod(module, method);
                        }
                    }
                }

                assembly.Write(Path.Combine(toFolder, fileName), new WriterParameters { WriteSymbols = true });
            }
        }

        private void RewriteMethod(ModuleDefinition module, MethodDefinition method)
        {
            MethodBody body = method.Body;
            if (method.DeclaringType.FullName == "MpoProbe.Tests.TestSize" && method.Name == "Pick")
            {
                // The sweeps at their device size (TestSize.Pick returns its second argument), as the device runs them.
                body.Instructions.Clear();
                body.ExceptionHandlers.Clear();
                body.GetILProcessor().Append(Instruction.Create(OpCodes.Ldarg_1));
                body.GetILProcessor().Append(Instruction.Create(OpCodes.Ret));
                Count("device sweep size");
                return;
            }

            Dictionary<Instruction, Slot[]> stacks = StackTypes.Before(body);
            _where = Lines(method);
            body.SimplifyMacros();
            ILProcessor il = body.GetILProcessor();
            foreach (Instruction ins in body.Instructions.ToList())
            {
                if (!stacks.TryGetValue(ins, out Slot[] stack))
                {
                    continue;
                }

                Slot top = stack.Length > 0 ? stack[stack.Length - 1] : Slot.Other;
                Slot second = stack.Length > 1 ? stack[stack.Length - 2] : Slot.Other;
                bool floats = top == Slot.Float || second == Slot.Float;
                bool references = top == Slot.Reference && second == Slot.Reference;
                Code code = ins.OpCode.Code;
                if (FloatCompare.TryGetValue(code, out string compare) && floats)
                {
                    Call(module, method, il, ins, compare, null, "float compare");
                }
                else if (FloatBranch.TryGetValue(code, out string branch) && floats)
                {
                    Call(module, method, il, ins, branch, il.Create(OpCodes.Brtrue, (Instruction)ins.Operand), "float branch");
                }
                else if ((code == Code.Ceq || code == Code.Cgt_Un) && references)
                {
                    Call(module, method, il, ins, code == Code.Ceq ? "RefEq" : "RefNe", null, "reference compare");
                }
                else if ((code == Code.Beq || code == Code.Bne_Un) && references)
                {
                    var target = (Instruction)ins.Operand;
                    Call(module, method, il, ins, "RefEq", il.Create(code == Code.Beq ? OpCodes.Brtrue : OpCodes.Brfalse, target), "reference compare");
                }
                else if ((code == Code.Brtrue || code == Code.Brfalse) && top == Slot.Reference)
                {
                    Call(module, method, il, ins, "Assigned", il.Create(ins.OpCode, (Instruction)ins.Operand), "null test");
                }
                else if (ToInteger.Contains(code) && top == Slot.Float)
                {
                    Call(module, method, il, ins, "ToInteger", il.Create(ins.OpCode), "float to integer");
                }
                else if (code == Code.Newarr && !((TypeReference)ins.Operand).IsValueType && !((TypeReference)ins.Operand).IsPrimitive)
                {
                    Instruction call = il.Create(OpCodes.Call, Helper(module, "Fill"));
                    il.InsertAfter(ins, call);
                    il.InsertAfter(ins, il.Create(OpCodes.Dup));
                    Count("newarr");
                }
                else if ((code == Code.Call || code == Code.Callvirt) && StringHelper((MethodReference)ins.Operand) is string helper)
                {
                    Call(module, method, il, ins, helper, null, "string equality");
                }
            }

            body.OptimizeMacros();
        }

        private static string StringHelper(MethodReference called)
        {
            if (called.DeclaringType.FullName != "System.String" || called.Parameters.Count + (called.HasThis ? 1 : 0) != 2
                || called.Parameters.Any(p => p.ParameterType.FullName != "System.String"))
            {
                return null;
            }

            switch (called.Name)
            {
                case "op_Equality":
                case "Equals":
                    return "StringEquals";
                case "op_Inequality":
                    return "StringDiffers";
                default:
                    return null;
            }
        }

        /// <summary>
        /// Turns <paramref name="ins"/> into <c>ldc.i4 site</c> (keeping its sequence point and
        /// every branch into it), then calls the helper, then <paramref name="then"/> if any.
        /// </summary>
        private void Call(ModuleDefinition module, MethodDefinition method, ILProcessor il, Instruction ins, string helper, Instruction then, string kind)
        {
            int site = Sites.Count + 1;
            Sites[site] = _where.TryGetValue(ins, out string where) ? where : method.FullName;
            ins.OpCode = OpCodes.Ldc_I4;
            ins.Operand = site;
            Instruction call = il.Create(OpCodes.Call, Helper(module, helper));
            il.InsertAfter(ins, call);
            if (then != null)
            {
                il.InsertAfter(call, then);
            }

            Count(kind);
        }

        private static MethodReference Helper(ModuleDefinition module, string name)
        {
            return module.ImportReference(typeof(InterpreterRules).GetMethod(name));
        }

        private void Count(string kind)
        {
            Counts[kind] = Counts.TryGetValue(kind, out int n) ? n + 1 : 1;
        }

        /// <summary>"file:line (Type.Method)" of each instruction: the nearest sequence point at or before it (read before any change).</summary>
        private static Dictionary<Instruction, string> Lines(MethodDefinition method)
        {
            var byOffset = new Dictionary<int, SequencePoint>();
            foreach (SequencePoint point in method.DebugInformation.SequencePoints.Where(p => !p.IsHidden))
            {
                byOffset[point.Offset] = point;
            }

            var lines = new Dictionary<Instruction, string>();
            string current = method.FullName;
            foreach (Instruction ins in method.Body.Instructions)
            {
                if (byOffset.TryGetValue(ins.Offset, out SequencePoint point))
                {
                    current = point.Document.Url + ":" + point.StartLine + " (" + method.DeclaringType.Name + "." + method.Name + ")";
                }

                lines[ins] = current;
            }

            return lines;
        }
    }
}
