using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Reflection.Metadata;
using System.Reflection.PortableExecutable;
using Microsoft.VisualStudio.TestTools.UnitTesting;

namespace MpoProbe.Tests.Signatures
{
    /// <summary>
    /// The Core, the firmware and the device tests compiled against the pinned libraries'
    /// signatures only (shared/nanoframework-api/signatures), then their metadata read for
    /// what the nanoFramework metadata processor rejects.
    /// </summary>
    [TestClass]
    public class SignatureCompileTests
    {
        /// <summary>When set (by .ci/run), the summary line is also written to this file.</summary>
        public const string ReportVariable = "MPOPROBE_SIGNATURE_REPORT";

        [TestMethod]
        public void CoreFirmwareAndDeviceTestsCompileAgainstTheSignaturesWithNoRejectedMetadata()
        {
            List<DeviceBuild> builds = DeviceBuilds.Builds;
            var findings = new List<string>();
            foreach (DeviceBuild build in builds.Where(b => b.Image != null))
            {
                findings.AddRange(MetadataCheck.Check(build).Select(f => build.Name + ": " + f));
            }

            string summary = DeviceBuilds.Summary(builds, findings.Count);
            Console.WriteLine(summary);
            string report = Environment.GetEnvironmentVariable(ReportVariable);
            if (!string.IsNullOrEmpty(report))
            {
                File.WriteAllText(report, summary + Environment.NewLine);
            }

            foreach (DeviceBuild build in builds)
            {
                Assert.IsTrue(build.Errors.Count == 0, build.Name + " does not compile against the signatures:\n" + string.Join("\n", build.Errors.Take(50)));
            }

            Assert.IsTrue(findings.Count == 0, "constructs the nanoFramework metadata processor rejects:\n" + string.Join("\n", findings.Take(50)));
            Assert.IsTrue(builds.Count == 4 + DeviceBuilds.DeviceTestProjects.Length && builds.All(b => b.Compilation.SyntaxTrees.Count() > 5), "two Core libraries, the simulation, the firmware and each device test project, with their sources: " + string.Join(", ", builds.Select(b => b.Name)));
            foreach (string project in DeviceBuilds.DeviceTestProjects.Concat(new[] { DeviceBuilds.CoreMeasurementProject, DeviceBuilds.CoreWorkflowProject, DeviceBuilds.SimulationProject, DeviceBuilds.FirmwareProject }))
            {
                Assert.IsTrue(builds.Any(b => b.Name == DeviceBuilds.NameOf(project)), project + " is compiled");
            }
        }

        [TestMethod]
        public void DeviceCompilationsReferenceTheRealMscorlibOfThePinnedCoreLibrary()
        {
            var reference = ReferenceAssemblies.Shared.Get(ReferenceAssemblies.Mscorlib) as Microsoft.CodeAnalysis.PortableExecutableReference;
            Assert.IsNotNull(reference, "mscorlib is a file reference");
            Assert.AreEqual(RepoPaths.NanoMscorlib, reference.FilePath);
            Assert.IsTrue(reference.FilePath.Contains(Path.Combine("nanoframework.corelibrary", RepoPaths.PinnedDeviceVersion("nanoFramework.CoreLibrary"))), reference.FilePath);
            foreach (DeviceBuild build in DeviceBuilds.Builds)
            {
                var mscorlib = build.Compilation.GetAssemblyOrModuleSymbol(reference) as Microsoft.CodeAnalysis.IAssemblySymbol;
                Assert.IsNotNull(mscorlib, build.Name + " references the real mscorlib");
                Assert.AreEqual(mscorlib, build.Compilation.GetSpecialType(Microsoft.CodeAnalysis.SpecialType.System_Object).ContainingAssembly, build.Name + ": System.Object comes from the real mscorlib");
                Assert.IsTrue(mscorlib.Identity.Version.Major >= 1, build.Name + ": mscorlib " + mscorlib.Identity);
            }
        }

        [TestMethod]
        public void FirmwareAssemblyHoldsNoSimulationType()
        {
            DeviceBuild firmware = DeviceBuilds.Get(DeviceBuilds.NameOf(DeviceBuilds.FirmwareProject));
            Assert.IsNotNull(firmware.Image, "the firmware did not compile:\n" + string.Join("\n", firmware.Errors.Take(20)));
            var simulationTypes = new HashSet<string>(SimulationTypeNames(DeviceBuilds.Get(DeviceBuilds.NameOf(DeviceBuilds.SimulationProject))));
            Assert.IsTrue(simulationTypes.Count >= 10, "simulation types found in the simulation library: " + simulationTypes.Count);
            using var pe = new PEReader(new MemoryStream(firmware.Image));
            MetadataReader md = pe.GetMetadataReader();
            var offending = new List<string>();
            foreach (TypeDefinitionHandle handle in md.TypeDefinitions)
            {
                TypeDefinition type = md.GetTypeDefinition(handle);
                string ns = md.GetString(type.Namespace);
                string name = md.GetString(type.Name);
                if (ns.StartsWith("MpoProbe.Simulation", StringComparison.Ordinal) || simulationTypes.Contains(name))
                {
                    offending.Add(ns + "." + name);
                }
            }

            foreach (TypeReferenceHandle handle in md.TypeReferences)
            {
                string ns = md.GetString(md.GetTypeReference(handle).Namespace);
                if (ns.StartsWith("MpoProbe.Simulation", StringComparison.Ordinal))
                {
                    offending.Add("reference to " + ns + "." + md.GetString(md.GetTypeReference(handle).Name));
                }
            }

            var assemblies = md.AssemblyReferences.Select(a => md.GetString(md.GetAssemblyReference(a).Name)).ToList();
            offending.AddRange(assemblies.Where(a => a.StartsWith("MpoProbe.Simulation", StringComparison.Ordinal)).Select(a => "assembly reference " + a));
            Assert.IsTrue(offending.Count == 0, "simulation types in the firmware assembly: " + string.Join(", ", offending));
            CollectionAssert.IsSubsetOf(new[] { "MpoProbe.Core.Measurement", "MpoProbe.Core.Workflow" }, assemblies, "the firmware uses both Core libraries: " + string.Join(", ", assemblies));
            Assert.IsTrue(md.TypeDefinitions.Count > 5, "the firmware assembly defines the adapters: " + md.TypeDefinitions.Count + " types");
        }

        [TestMethod]
        public void CoreLibrariesDependOneWay()
        {
            DeviceBuild measurement = DeviceBuilds.Get(DeviceBuilds.NameOf(DeviceBuilds.CoreMeasurementProject));
            DeviceBuild workflow = DeviceBuilds.Get(DeviceBuilds.NameOf(DeviceBuilds.CoreWorkflowProject));
            Assert.IsNotNull(measurement.Image, string.Join("\n", measurement.Errors.Take(20)));
            Assert.IsNotNull(workflow.Image, string.Join("\n", workflow.Errors.Take(20)));
            CollectionAssert.DoesNotContain(AssemblyReferences(measurement), "MpoProbe.Core.Workflow", "MpoProbe.Core.Measurement must not use the Workflow library");
            CollectionAssert.Contains(AssemblyReferences(workflow), "MpoProbe.Core.Measurement", "the Workflow library builds on the Measurement library");
            Assert.AreEqual(0, measurement.Project.ProjectReferences.Count, "MpoProbe.Core.Measurement references no project");
        }

        private static List<string> AssemblyReferences(DeviceBuild build)
        {
            using var pe = new PEReader(new MemoryStream(build.Image));
            MetadataReader md = pe.GetMetadataReader();
            return md.AssemblyReferences.Select(a => md.GetString(md.GetAssemblyReference(a).Name)).ToList();
        }

        private static IEnumerable<string> SimulationTypeNames(DeviceBuild tests)
        {
            using var pe = new PEReader(new MemoryStream(tests.Image));
            MetadataReader md = pe.GetMetadataReader();
            foreach (TypeDefinitionHandle handle in md.TypeDefinitions)
            {
                TypeDefinition type = md.GetTypeDefinition(handle);
                if (md.GetString(type.Namespace) == "MpoProbe.Simulation")
                {
                    yield return md.GetString(type.Name);
                }
            }
        }
    }
}
