using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using Microsoft.VisualStudio.TestTools.UnitTesting;

namespace MpoProbe.Tests
{
    /// <summary>
    /// The device projects cannot be built here, so their files are checked for consistency:
    /// every source compiled exactly once, every reference backed by packages.config at the
    /// version shared/nanoframework.md names.
    /// </summary>
    [TestClass]
    public class ProjectFilesTests
    {
        private static readonly XNamespace Msb = "http://schemas.microsoft.com/developer/msbuild/2003";

        [TestMethod]
        [DataRow("src/MpoProbe.Core", "MpoProbe.Core.projitems")]
        [DataRow("src/MpoProbe.Simulation", "MpoProbe.Simulation.projitems")]
        [DataRow("tests/MpoProbe.Tests.Shared", "MpoProbe.Tests.Shared.projitems")]
        public void SharedProjectListsEverySourceFile(string folder, string projitems)
        {
            string dir = Path.Combine(RepoPaths.Root, folder);
            var listed = CompileItems(Path.Combine(dir, projitems), "$(MSBuildThisFileDirectory)");
            var onDisk = RepoPaths.Sources(folder).Keys.Select(k => Path.GetRelativePath(folder, k).Replace('\\', '/')).ToList();
            CollectionAssert.AreEquivalent(onDisk, listed, projitems + " must list exactly the .cs files of " + folder);
        }

        [TestMethod]
        [DataRow("src/MpoProbe.Firmware/MpoProbe.Firmware.nfproj")]
        [DataRow("tests/MpoProbe.Tests.Device/MpoProbe.Tests.Device.nfproj")]
        public void DeviceProjectReferencesMatchPackagesConfigAndSharedVersions(string nfproj)
        {
            string path = Path.Combine(RepoPaths.Root, nfproj);
            XDocument project = XDocument.Load(path);
            var config = XDocument.Load(Path.Combine(Path.GetDirectoryName(path), "packages.config"))
                .Root.Elements("package").ToDictionary(p => (string)p.Attribute("id"), p => (string)p.Attribute("version"));
            Dictionary<string, string> expected = SharedPackageVersions();
            foreach (var package in config)
            {
                Assert.IsTrue(expected.ContainsKey(package.Key), package.Key + " is not in shared/nanoframework.md");
                Assert.AreEqual(expected[package.Key], package.Value, package.Key + " version in " + nfproj + "'s packages.config");
                Assert.AreEqual("netnano1.0", (string)XDocument.Load(Path.Combine(Path.GetDirectoryName(path), "packages.config")).Root.Elements("package").First(p => (string)p.Attribute("id") == package.Key).Attribute("targetFramework"), package.Key + " targetFramework");
            }

            var hintPaths = project.Descendants(Msb + "HintPath").Select(h => h.Value).ToList();
            Assert.IsTrue(hintPaths.Count >= 2, nfproj + " references mscorlib and System.Math at least");
            foreach (string hint in hintPaths)
            {
                Match m = Regex.Match(hint, @"packages\\(nanoFramework\.[A-Za-z0-9.]+?)\.(\d+\.\d+\.\d+)\\lib\\");
                Assert.IsTrue(m.Success, "HintPath " + hint + " points into packages\\<id>.<version>\\lib\\");
                Assert.IsTrue(config.TryGetValue(m.Groups[1].Value, out string version), m.Groups[1].Value + " referenced but not in packages.config");
                Assert.AreEqual(version, m.Groups[2].Value, "HintPath version of " + m.Groups[1].Value);
            }

            foreach (string compile in project.Descendants(Msb + "Compile").Select(c => (string)c.Attribute("Include")))
            {
                Assert.IsTrue(File.Exists(Path.Combine(Path.GetDirectoryName(path), compile.Replace('\\', '/'))), nfproj + " compiles missing file " + compile);
            }

            foreach (string import in project.Descendants(Msb + "Import").Select(i => (string)i.Attribute("Project")).Where(p => p.EndsWith(".projitems")))
            {
                Assert.IsTrue(File.Exists(Path.Combine(Path.GetDirectoryName(path), import.Replace('\\', '/'))), nfproj + " imports missing " + import);
            }
        }

        [TestMethod]
        public void FirmwareImageCompilesNoSimulationCode()
        {
            XDocument firmware = XDocument.Load(Path.Combine(RepoPaths.Root, "src/MpoProbe.Firmware/MpoProbe.Firmware.nfproj"));
            var imports = firmware.Descendants(Msb + "Import").Select(i => (string)i.Attribute("Project")).Where(p => p.EndsWith(".projitems")).ToList();
            CollectionAssert.AreEqual(new[] { @"..\MpoProbe.Core\MpoProbe.Core.projitems" }, imports, "the firmware imports the Core and nothing else shared");
            var simulationFiles = RepoPaths.Sources("src/MpoProbe.Simulation").Keys.Select(Path.GetFileName).ToList();
            Assert.IsTrue(simulationFiles.Count >= 10, "simulation sources found: " + simulationFiles.Count);
            foreach (string compile in firmware.Descendants(Msb + "Compile").Select(c => Path.GetFileName(((string)c.Attribute("Include")).Replace('\\', '/'))))
            {
                Assert.IsFalse(simulationFiles.Contains(compile), "the firmware compiles the simulation file " + compile);
            }

            // Core itself names no simulation type (a namespace reference would pull it in again).
            foreach (var source in RepoPaths.Sources("src/MpoProbe.Core"))
            {
                Assert.IsFalse(Regex.IsMatch(source.Value, @"using\s+MpoProbe\.Simulation\b|MpoProbe\.Simulation\.[A-Z]"), source.Key + " refers to the simulation");
            }
        }

        [TestMethod]
        public void DeviceTestProjectIsWhatTheLauncherExpects()
        {
            string dir = Path.Combine(RepoPaths.Root, "tests/MpoProbe.Tests.Device");
            XDocument project = XDocument.Load(Path.Combine(dir, "MpoProbe.Tests.Device.nfproj"));
            Assert.AreEqual("NFUnitTest", project.Descendants(Msb + "AssemblyName").Single().Value, "AssemblyName");
            Assert.IsTrue(project.Descendants(Msb + "ProjectCapability").Any(c => (string)c.Attribute("Include") == "TestContainer"), "TestContainer capability");
            Assert.IsTrue(project.Descendants(Msb + "RunSettingsFilePath").Single().Value.EndsWith("nano.runsettings"), "runsettings");
            XDocument settings = XDocument.Load(Path.Combine(dir, "nano.runsettings"));
            Assert.AreEqual("False", settings.Descendants("IsRealHardware").Single().Value, "emulator by default");
        }

        private static List<string> CompileItems(string projitems, string prefix)
        {
            return XDocument.Load(projitems).Descendants(Msb + "Compile")
                .Select(c => ((string)c.Attribute("Include")).Replace(prefix, string.Empty).Replace('\\', '/'))
                .ToList();
        }

        private static Dictionary<string, string> SharedPackageVersions()
        {
            string md = File.ReadAllText(Path.Combine(RepoPaths.Root, "..", "shared", "nanoframework.md"));
            return Regex.Matches(md, @"^\| (nanoFramework\.[A-Za-z0-9.]+) \| (\d+\.\d+\.\d+) \|", RegexOptions.Multiline)
                .ToDictionary(m => m.Groups[1].Value, m => m.Groups[2].Value);
        }
    }
}
