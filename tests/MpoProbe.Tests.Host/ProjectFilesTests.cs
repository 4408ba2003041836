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

        /// <summary>Which Core library each Core folder belongs to (README, "Projects"; docs/firmware.md).</summary>
        public static readonly Dictionary<string, string> CoreFolders = new Dictionary<string, string>
        {
            { "Layouts", "MpoProbe.Core.Measurement" },
            { "FrontEnd", "MpoProbe.Core.Measurement" },
            { "Acquisition", "MpoProbe.Core.Measurement" },
            { "Measurement", "MpoProbe.Core.Measurement" },
            { "Polarity", "MpoProbe.Core.Measurement" },
            { "Fiber", "MpoProbe.Core.Measurement" },
            { "Verdicts", "MpoProbe.Core.Measurement" },
            { "Diagnosis", "MpoProbe.Core.Measurement" },
            { "SelfCheck", "MpoProbe.Core.Measurement" },
            { "Text", "MpoProbe.Core.Measurement" },
            { "Graphics", "MpoProbe.Core.Measurement" },
            { "Calibration", "MpoProbe.Core.Workflow" },
            { "Cleaning", "MpoProbe.Core.Measurement" },
            { "Fit", "MpoProbe.Core.Measurement" },
            { "Commands", "MpoProbe.Core.Workflow" },
            { "Display", "MpoProbe.Core.Workflow" },
            { "Input", "MpoProbe.Core.Measurement" },
            { "Job", "MpoProbe.Core.Workflow" },
            { "Log", "MpoProbe.Core.Workflow" },
            { "Persistence", "MpoProbe.Core.Workflow" },
            { "Workflow", "MpoProbe.Core.Workflow" },
        };

        [TestMethod]
        [DataRow("src/MpoProbe.Core", "MpoProbe.Core.Measurement.projitems;MpoProbe.Core.Workflow.projitems")]
        [DataRow("src/MpoProbe.Simulation", "MpoProbe.Simulation.projitems")]
        [DataRow("tests/MpoProbe.Tests.Shared", "MpoProbe.Tests.Shared.Support.projitems;MpoProbe.Tests.Shared.Measurement.projitems;MpoProbe.Tests.Shared.Calibration.projitems;MpoProbe.Tests.Shared.Workflow.projitems")]
        public void SharedProjectsListEverySourceFileOnce(string folder, string projitems)
        {
            string dir = Path.Combine(RepoPaths.Root, folder);
            var listed = projitems.Split(';').SelectMany(p => CompileItems(Path.Combine(dir, p), "$(MSBuildThisFileDirectory)")).ToList();
            var onDisk = RepoPaths.Sources(folder).Keys.Select(k => Path.GetRelativePath(folder, k).Replace('\\', '/')).ToList();
            var twice = listed.GroupBy(f => f).Where(g => g.Count() > 1).Select(g => g.Key).ToList();
            Assert.IsTrue(twice.Count == 0, "listed in more than one shared project of " + folder + ": " + string.Join(", ", twice));
            CollectionAssert.AreEquivalent(onDisk, listed, projitems + " must list exactly the .cs files of " + folder);
            Assert.IsTrue(Directory.GetFiles(dir, "*.projitems").Select(Path.GetFileName).OrderBy(f => f).SequenceEqual(projitems.Split(';').OrderBy(f => f)), "the shared projects of " + folder + " are " + projitems);
        }

        [TestMethod]
        public void EachCoreFolderBelongsToOneCoreLibrary()
        {
            string dir = Path.Combine(RepoPaths.Root, "src/MpoProbe.Core");
            var folders = Directory.GetDirectories(dir).Select(Path.GetFileName).Where(f => f != "bin" && f != "obj").ToList();
            CollectionAssert.AreEquivalent(CoreFolders.Keys.ToList(), folders, "every Core folder is assigned to a library here, in README and docs/firmware.md");
            foreach (string library in CoreFolders.Values.Distinct())
            {
                foreach (string file in CompileItems(Path.Combine(dir, library + ".projitems"), "$(MSBuildThisFileDirectory)"))
                {
                    string folder = file.Split('/')[0];
                    Assert.AreEqual(CoreFolders.TryGetValue(folder, out string owner) ? owner : "(no folder)", library, file + " is compiled by " + library + " but its folder belongs to " + owner);
                }
            }
        }

        /// <summary>Every .nfproj of the checkout.</summary>
        public static IEnumerable<object[]> DeviceProjects => Signatures.DeviceBuilds.ProjectFiles(RepoPaths.Root).Select(p => new object[] { p });

        [TestMethod]
        [DynamicData(nameof(DeviceProjects))]
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

            foreach (string reference in project.Descendants(Msb + "ProjectReference").Select(i => (string)i.Attribute("Include")))
            {
                Assert.IsTrue(File.Exists(Path.Combine(Path.GetDirectoryName(path), reference.Replace('\\', '/'))), nfproj + " references the missing project " + reference);
            }
        }

        [TestMethod]
        public void FirmwareImageCompilesNoSimulationCode()
        {
            XDocument firmware = XDocument.Load(Path.Combine(RepoPaths.Root, "src/MpoProbe.Firmware/MpoProbe.Firmware.nfproj"));
            var imports = firmware.Descendants(Msb + "Import").Select(i => (string)i.Attribute("Project")).Where(p => p.EndsWith(".projitems")).ToList();
            Assert.AreEqual(0, imports.Count, "the firmware imports no shared project: " + string.Join(", ", imports));
            var references = firmware.Descendants(Msb + "ProjectReference").Select(i => (string)i.Attribute("Include")).ToList();
            CollectionAssert.AreEqual(new[] { @"..\MpoProbe.Core.Measurement\MpoProbe.Core.Measurement.nfproj", @"..\MpoProbe.Core.Workflow\MpoProbe.Core.Workflow.nfproj" }, references, "the firmware references the two Core libraries and nothing else");
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
        public void DeviceTestProjectsAreWhatTheLauncherExpects()
        {
            var found = Signatures.DeviceBuilds.ProjectFiles(RepoPaths.Root).Where(p => p.StartsWith("tests/", StringComparison.Ordinal)).ToList();
            CollectionAssert.AreEquivalent(Signatures.DeviceBuilds.DeviceTestProjects, found, "the device test projects");
            foreach (string nfproj in found)
            {
                string dir = Path.GetDirectoryName(Path.Combine(RepoPaths.Root, nfproj));
                XDocument project = XDocument.Load(Path.Combine(RepoPaths.Root, nfproj));
                Assert.AreEqual("NFUnitTest", project.Descendants(Msb + "AssemblyName").Single().Value, nfproj + ": AssemblyName (the launcher loads NFUnitTest)");
                Assert.IsTrue(project.Descendants(Msb + "ProjectCapability").Any(c => (string)c.Attribute("Include") == "TestContainer"), nfproj + ": TestContainer capability");
                string settingsPath = project.Descendants(Msb + "RunSettingsFilePath").Single().Value.Replace("$(MSBuildProjectDirectory)", dir).Replace('\\', '/');
                Assert.IsTrue(File.Exists(settingsPath), nfproj + ": runsettings " + settingsPath);
                XDocument settings = XDocument.Load(settingsPath);
                Assert.AreEqual("False", settings.Descendants("IsRealHardware").Single().Value, "emulator by default");
                Assert.IsTrue(project.Descendants(Msb + "Import").Any(i => ((string)i.Attribute("Project")).EndsWith("MpoProbe.Tests.Shared.Support.projitems", StringComparison.Ordinal)), nfproj + " compiles the shared test support");
            }
        }

        [TestMethod]
        public void SolutionListsEveryProjectAndTheHostFilterOnlyHostProjects()
        {
            string sln = File.ReadAllText(Path.Combine(RepoPaths.Root, "MpoProbeFirmware.sln"));
            var listed = Regex.Matches(sln, "^Project\\(\"[^\"]+\"\\) = \"[^\"]+\", \"([^\"]+)\"", RegexOptions.Multiline).Select(m => m.Groups[1].Value.Replace('\\', '/')).ToList();
            var onDisk = new[] { "*.csproj", "*.nfproj", "*.shproj" }
                .SelectMany(pattern => new[] { "src", "tests" }.SelectMany(d => Directory.GetFiles(Path.Combine(RepoPaths.Root, d), pattern, SearchOption.AllDirectories)))
                .Select(f => Path.GetRelativePath(RepoPaths.Root, f).Replace('\\', '/'))
                .Where(f => !f.Split('/').Any(part => part == "bin" || part == "obj"))
                .ToList();
            CollectionAssert.AreEquivalent(onDisk, listed, "MpoProbeFirmware.sln lists every project of src/ and tests/");
            string slnf = File.ReadAllText(Path.Combine(RepoPaths.Root, "MpoProbeFirmware.Host.slnf"));
            Assert.IsFalse(slnf.Contains(".nfproj") || slnf.Contains(".shproj"), "the host filter builds no nanoFramework or shared project");
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
