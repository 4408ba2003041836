using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using Mono.Cecil;
using Mono.Cecil.Cil;
using Mono.Cecil.Rocks;

namespace MpoProbe.Benchmark
{
    /// <summary>
    /// Copies compiled assemblies and instruments every method so that <see cref="DeviceAllocations"/>
    /// counts what the interpreter allocates as the method runs: ldstr, newobj (blocks from the
    /// type's instance fields), newarr (element size and length), box, framework calls that
    /// return a new string or array, and each method's stack frame (size from its locals and the
    /// metadata processor's evaluation-stack length, <see cref="EvalStackRule"/>). The same IL
    /// approach as the interpreter-rules run of the tests (tests/MpoProbe.Tests.Host/Interp).
    /// </summary>
    public sealed class AllocationRewriter
    {
        private readonly HashSet<string> _instrumented;
        private ModuleDefinition _module;

        /// <summary>A rewriter for the assemblies named in <paramref name="instrumented"/> (without extension).</summary>
        public AllocationRewriter(IEnumerable<string> instrumented)
        {
            _instrumented = new HashSet<string>(instrumented, StringComparer.Ordinal);
        }

        /// <summary>Methods instrumented.</summary>
        public int Methods { get; private set; }

        /// <summary>Copies <paramref name="fileName"/> from <paramref name="fromFolder"/> into <paramref name="toFolder"/>, instrumented.</summary>
        public void Rewrite(string fromFolder, string toFolder, string fileName)
        {
            var resolver = new DefaultAssemblyResolver();
            resolver.AddSearchDirectory(fromFolder);
            var read = new ReaderParameters { InMemory = true, AssemblyResolver = resolver };
            using (AssemblyDefinition assembly = AssemblyDefinition.ReadAssembly(Path.Combine(fromFolder, fileName), read))
            {
                _module = assembly.MainModule;
                foreach (TypeDefinition type in _module.GetTypes().ToList())
                {
                    foreach (MethodDefinition method in type.Methods.Where(m => m.HasBody && m.Body.Instructions.Count > 0).ToList())
                    {
                        RewriteMethod(method);
                        Methods++;
                    }
                }

                assembly.Write(Path.Combine(toFolder, fileName));
            }
        }

        private void RewriteMethod(MethodDefinition method)
        {
            MethodBody body = method.Body;
            EvalStackRule rule = EvalStackRule.Of(body);
            int locals = body.Variables.Count;
            int frame = BlockModel.Posix64.FrameBlocks(locals, rule.MaxStack);
            int evalSlots = BlockModel.EvalSlots(locals, rule.MaxStack);
            bool inlinable = !method.IsStatic && !method.IsConstructor && !method.HasCustomAttributes && method.Name != "Finalize";
            int need = inlinable ? method.Parameters.Count + 1 + locals + rule.MaxStack + 2 : -1;
            List<Instruction> original = body.Instructions.ToList();
            body.SimplifyMacros();
            var depth = new VariableDefinition(_module.TypeSystem.Int32);
            body.Variables.Add(depth);
            ILProcessor il = body.GetILProcessor();
            Instruction first = original[0];
            il.InsertBefore(first, il.Create(OpCodes.Ldc_I4, frame));
            il.InsertBefore(first, il.Create(OpCodes.Ldc_I4, need));
            il.InsertBefore(first, Call(il, "Enter"));
            il.InsertBefore(first, il.Create(OpCodes.Stloc, depth));
            foreach (Instruction ins in original)
            {
                switch (ins.OpCode.Code)
                {
                    case Code.Ldstr:
                        il.InsertAfter(ins, Call(il, "Literal"));
                        break;
                    case Code.Newobj:
                        NewObject(il, ins);
                        break;
                    case Code.Newarr:
                        NewArray(il, ins);
                        break;
                    case Code.Box:
                        il.InsertAfter(ins, Call(il, "Box"));
                        il.InsertAfter(ins, il.Create(OpCodes.Ldc_I4, BoxBlocks((TypeReference)ins.Operand)));
                        break;
                    case Code.Call:
                    case Code.Callvirt:
                        CallSite(il, ins, evalSlots - rule.Before[ins] + 1);
                        break;
                    case Code.Ret:
                        Wrap(il, ins, new[] { il.Create(OpCodes.Ldloc, depth), Call(il, "Exit") }, new Instruction[0]);
                        break;
                }
            }

            body.OptimizeMacros();
        }

        private void NewObject(ILProcessor il, Instruction ins)
        {
            var ctor = (MethodReference)ins.Operand;
            if (IsInstrumented(ctor.DeclaringType))
            {
                il.InsertAfter(ins, Call(il, "Object"));
                il.InsertAfter(ins, il.Create(OpCodes.Ldc_I4, BlockModel.ObjectBlocks(InstanceFields(ctor.DeclaringType.Resolve()))));
                return;
            }

            // A framework type: its size is read from the new object (a struct — DateTime, TimeSpan — is
            // no heap object there); its constructor runs in one native frame.
            Instruction[] after = IlTypes.IsReferenceType(ctor.DeclaringType)
                ? new[] { il.Create(OpCodes.Dup), Call(il, "Created"), Call(il, "NativeExit") }
                : new[] { Call(il, "NativeExit") };
            Wrap(il, ins, new[] { Call(il, "NativeEnter") }, after);
        }

        private void NewArray(ILProcessor il, Instruction ins)
        {
            var element = (TypeReference)ins.Operand;
            int bytes = IlTypes.ElementBytes(element);
            TypeDefinition resolved = element.IsPrimitive ? null : element.Resolve();
            int perElement = resolved != null && resolved.IsValueType && !resolved.IsEnum && bytes < 0 ? BlockModel.ObjectBlocks(InstanceFields(resolved)) : 0;
            Instruction last = ins;
            foreach (Instruction add in new[] { il.Create(OpCodes.Dup), il.Create(OpCodes.Ldc_I4, bytes), il.Create(OpCodes.Ldc_I4, perElement), Call(il, "NewArray") })
            {
                il.InsertAfter(last, add);
                last = add;
            }
        }

        private void CallSite(ILProcessor il, Instruction ins, int free)
        {
            var called = (MethodReference)ins.Operand;
            if (IsInstrumented(called.DeclaringType))
            {
                Wrap(il, ins, new[] { il.Create(OpCodes.Ldc_I4, free), Call(il, "Site") }, new Instruction[0]);
                return;
            }

            var after = new List<Instruction>();
            string returned = called.ReturnType.FullName;
            if (returned == "System.String" || called.ReturnType.IsArray)
            {
                after.Add(il.Create(OpCodes.Dup));
                after.Add(Call(il, "Returned"));
            }

            if (called.Name == "ToString" && IlTypes.IsNumber(called.DeclaringType))
            {
                // nanoFramework's number ToString boxes the value for Number.Format(object, …);
                // without a format it passes the literal "G".
                after.Add(il.Create(OpCodes.Ldc_I4, BlockModel.BoxedPrimitiveBlocks));
                after.Add(Call(il, "Box"));
                if (called.Parameters.Count == 0)
                {
                    after.Add(Call(il, "Literal"));
                }
            }

            after.Add(Call(il, "NativeExit"));
            Wrap(il, ins, new[] { Call(il, "NativeEnter") }, after.ToArray());
        }

        /// <summary>
        /// Puts <paramref name="before"/> in front of the call <paramref name="ins"/> and its prefixes
        /// (the first instruction keeps its identity, so branches and handlers that name it still
        /// start there) and <paramref name="after"/> behind it.
        /// </summary>
        private static void Wrap(ILProcessor il, Instruction ins, Instruction[] before, Instruction[] after)
        {
            Instruction start = ins;
            while (start.Previous != null && start.Previous.OpCode.OpCodeType == OpCodeType.Prefix)
            {
                start = start.Previous;
            }

            Instruction moved = il.Create(OpCodes.Nop);
            moved.OpCode = start.OpCode;
            moved.Operand = start.Operand;
            start.OpCode = before[0].OpCode;
            start.Operand = before[0].Operand;
            Instruction last = start;
            foreach (Instruction add in before.Skip(1).Append(moved))
            {
                il.InsertAfter(last, add);
                last = add;
            }

            last = start == ins ? moved : ins;
            foreach (Instruction add in after)
            {
                il.InsertAfter(last, add);
                last = add;
            }
        }

        private Instruction Call(ILProcessor il, string name)
        {
            return il.Create(OpCodes.Call, _module.ImportReference(typeof(DeviceAllocations).GetMethod(name)));
        }

        private bool IsInstrumented(TypeReference type)
        {
            string scope = type.Scope is ModuleDefinition module ? module.Assembly.Name.Name : type.Scope.Name;
            return _instrumented.Contains(scope);
        }

        /// <summary>Instance fields of <paramref name="type"/> and its bases (framework bases: System.Exception has 4 on nanoFramework).</summary>
        private int InstanceFields(TypeDefinition type)
        {
            int fields = 0;
            for (TypeDefinition t = type; t != null; t = t.BaseType?.Resolve())
            {
                if (!IsInstrumented(t))
                {
                    fields += t.FullName == "System.Exception" ? 4 : 0;
                    if (t.FullName == "System.Object" || t.FullName == "System.ValueType" || t.FullName == "System.Exception")
                    {
                        break;
                    }

                    continue;
                }

                fields += t.Fields.Count(f => !f.IsStatic);
            }

            return fields;
        }

        private int BoxBlocks(TypeReference type)
        {
            TypeDefinition resolved = type.IsPrimitive ? null : type.Resolve();
            return resolved == null || resolved.IsEnum || !IsInstrumented(resolved) ? BlockModel.BoxedPrimitiveBlocks : BlockModel.ObjectBlocks(InstanceFields(resolved));
        }
    }
}
