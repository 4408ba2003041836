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
            Assert.IsTrue(builds.Count == 3 && builds.All(b => b.Compilation.SyntaxTrees.Count() > 5), "three compilations with their sources");
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
            DeviceBuild firmware = DeviceBuilds.Get("firmware");
            Assert.IsNotNull(firmware.Image, "the firmware did not compile:\n" + string.Join("\n", firmware.Errors.Take(20)));
            var simulationTypes = new HashSet<string>(SimulationTypeNames(DeviceBuilds.Get("device-tests")));
            Assert.IsTrue(simulationTypes.Count >= 10, "simulation types found in the device-test assembly: " + simulationTypes.Count);
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

            Assert.IsTrue(offending.Count == 0, "simulation types in the firmware assembly: " + string.Join(", ", offending));
            Assert.IsTrue(md.TypeDefinitions.Count > 30, "the firmware assembly defines the Core and the adapters: " + md.TypeDefinitions.Count + " types");
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
