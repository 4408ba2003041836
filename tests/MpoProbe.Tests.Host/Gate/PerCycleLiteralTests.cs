using System.Collections.Generic;
using System.Linq;
using Microsoft.VisualStudio.TestTools.UnitTesting;
using Mono.Cecil;
using Mono.Cecil.Cil;
using MpoProbe.Core;

namespace MpoProbe.Tests.Gate
{
    /// <summary>
    /// On the nanoFramework interpreter every executed <c>ldstr</c> (a string literal, or a
    /// <c>const string</c> at its use) allocates a new string object; the host interns literals
    /// and never shows it. Measured on the interpreter, the log's field names alone were
    /// 29 kB of one MPO-24 button cycle's 43 kB (docs/core.md, "Memory on the device"). The rule:
    /// the methods that run on every button cycle execute no literal: names are static readonly
    /// fields (made once by the static constructor) or tables, and the texts of rare paths
    /// (a warning, an error) sit in methods of their own. This test reads the compiled Core's IL
    /// and refuses any <c>ldstr</c> in the listed methods. The list is the per-cycle path the
    /// interpreter run found (the log writers, the record names, the stores written every
    /// cycle, the storage self-check); a method added to that path belongs here.
    /// </summary>
    [TestClass]
    public class PerCycleLiteralTests
    {
        /// <summary>Types whose every method (but static constructors) runs per record or per field.</summary>
        private static readonly string[] WholeTypes =
        {
            "JsonLine", "VerdictText", "OverallVerdict", "NumberText", "TextBuilder",
        };

        /// <summary>Methods (all overloads) on the per-cycle path in types that also hold rare-path texts.</summary>
        private static readonly string[] Methods =
        {
            "ProbeLog.Start", "ProbeLog.Send", "ProbeLog.SendAnswer", "ProbeLog.SendAnswerNotKept", "ProbeLog.Inspection", "ProbeLog.InspectionRecord",
            "ProbeLog.Diagnosis", "ProbeLog.Clean", "ProbeLog.Polarity", "ProbeLog.FindingName", "ProbeLog.OutcomeName", "ProbeLog.StatusName",
            "ProbeLog.PolarityVerdictName", "ProbeLog.Named", "ProbeLog.DecisionName",
            "ResultsStore.Keeps", "ResultsStore.Add",
            "WearCounters.Save", "WearCounters.CountInspection",
            "TextRecord.Begin", "TextRecord.Put", "TextRecord.PutList", "TextRecord.Finish", "TextRecord.Append", "TextRecord.AppendHex", "TextRecord.Checksum", "TextRecord.AddUtf8",
            "SelfTest.CheckStorage", "ProbeWorkflow.Inspect", "FiberColors.Name", "Screens.Ready", "ChartScreens.Short", "ChartScreens.Result", "ChartScreens.CleanResult",
            "ProbeLog.AddMating", "ProbeActions.LogResult", "SourceCorrectionText.Name", "FiberProfiles.Name", "Prompts.Name", "Screens.Measuring",
            "ResultsStore.Rotate", "ResultsStore.SegmentName",
        };

        [TestMethod]
        public void MethodsOnTheButtonCycleExecuteNoStringLiteral()
        {
            string path = typeof(ProbeLog).Assembly.Location;
            var found = new List<string>();
            var seen = new HashSet<string>();
            using (AssemblyDefinition assembly = AssemblyDefinition.ReadAssembly(path))
            {
                foreach (TypeDefinition type in assembly.MainModule.GetTypes())
                {
                    string typeName = type.DeclaringType == null ? type.Name : type.DeclaringType.Name;
                    foreach (MethodDefinition method in type.Methods.Where(m => m.HasBody && !(m.IsConstructor && m.IsStatic)))
                    {
                        string name = typeName + "." + method.Name;
                        if (!WholeTypes.Contains(typeName) && !Methods.Contains(name))
                        {
                            continue;
                        }

                        seen.Add(WholeTypes.Contains(typeName) ? typeName : name);
                        foreach (Instruction i in method.Body.Instructions.Where(i => i.OpCode.Code == Code.Ldstr))
                        {
                            found.Add(name + ": \"" + i.Operand + "\"");
                        }
                    }
                }
            }

            string[] missing = WholeTypes.Concat(Methods).Where(m => !seen.Contains(m)).ToArray();
            Assert.AreEqual(0, missing.Length, "listed but not found in the compiled Core (renamed? update the list): " + string.Join(", ", missing));
            Assert.AreEqual(
                0,
                found.Count,
                "string literals executed on every button cycle allocate a string each on the interpreter; make them static readonly fields or move the rare path to a method of its own:\n"
                + string.Join("\n", found));
        }

        [TestMethod]
        public void TheRuleSeesALiteral()
        {
            // The rule's own check: the compiled Core does hold literals outside the listed methods
            // (a warning's text), so a listed method with one would be found.
            string path = typeof(ProbeLog).Assembly.Location;
            using (AssemblyDefinition assembly = AssemblyDefinition.ReadAssembly(path))
            {
                TypeDefinition log = assembly.MainModule.GetTypes().Single(t => t.Name == "ProbeLog");
                MethodDefinition warn = log.Methods.Single(m => m.Name == "WarnTooLong");
                Assert.IsTrue(warn.Body.Instructions.Any(i => i.OpCode.Code == Code.Ldstr), "ProbeLog.WarnTooLong holds its text as a literal");
            }
        }
    }
}
