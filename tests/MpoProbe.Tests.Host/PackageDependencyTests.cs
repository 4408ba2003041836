using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using Microsoft.VisualStudio.TestTools.UnitTesting;
using MpoProbe.Tests.Signatures;

namespace MpoProbe.Tests
{
    /// <summary>
    /// packages.config and the HintPaths of each device project hold every package the listed
    /// ones depend on, transitively: a packages.config restore brings no dependency by itself,
    /// and a missing assembly is missing from the deployment. Dependency facts come from two
    /// places: (1) shared/nanoframework.md's package table ("dependency of …", "needed by …");
    /// (2) the pinned signatures: a library whose public surface names a type of another
    /// library references that library's assembly (package names per
    /// shared/nanoframework-api/README.md).
    /// </summary>
    [TestClass]
    public class PackageDependencyTests
    {
        private static readonly XNamespace Msb = "http://schemas.microsoft.com/developer/msbuild/2003";

        /// <summary>Every .nfproj of the checkout (libraries, firmware, device test projects).</summary>
        public static IEnumerable<object[]> DeviceProjects => DeviceBuilds.ProjectFiles(RepoPaths.Root).Select(p => new object[] { p });

        [TestMethod]
        [DynamicData(nameof(DeviceProjects))]
        public void PackagesConfigAndHintPathsHoldEveryTransitiveDependency(string nfproj)
        {
            string path = Path.Combine(RepoPaths.Root, nfproj);
            var listed = new HashSet<string>(XDocument.Load(Path.Combine(Path.GetDirectoryName(path), "packages.config")).Root.Elements("package").Select(p => (string)p.Attribute("id")));
            var hinted = new HashSet<string>(XDocument.Load(path).Descendants(Msb + "HintPath")
                .Select(h => Regex.Match(h.Value, @"packages\\(nanoFramework\.[A-Za-z0-9.]+?)\.\d+\.\d+\.\d+\\").Groups[1].Value));
            Dictionary<string, HashSet<string>> facts = DependencyFacts();
            var missing = new List<string>();
            foreach (string package in listed)
            {
                foreach (string dependency in Closure(package, facts))
                {
                    if (!listed.Contains(dependency) || !hinted.Contains(dependency))
                    {
                        missing.Add(dependency + " (needed by " + package + (listed.Contains(dependency) ? "; no HintPath" : "; not in packages.config") + ")");
                    }
                }
            }

            Assert.IsTrue(missing.Count == 0, nfproj + " lacks dependencies:\n" + string.Join("\n", missing.Distinct()));
        }

        [TestMethod]
        public void TheDependencyFactsKnowWhatPortsAndFileSystemNeed()
        {
            Dictionary<string, HashSet<string>> facts = DependencyFacts();
            foreach (string package in new[] { "nanoFramework.System.IO.Ports", "nanoFramework.System.IO.FileSystem" })
            {
                Assert.IsTrue(facts.TryGetValue(package, out HashSet<string> deps) && deps.Contains("nanoFramework.System.IO.Streams") && deps.Contains("nanoFramework.System.Text"), package + " depends on Streams and Text: " + (deps == null ? "none" : string.Join(", ", deps)));
            }

            Assert.IsTrue(facts["nanoFramework.Iot.Device.Ssd13xx"].Contains("nanoFramework.System.Device.I2c"), "Ssd13xx's constructor takes an I2cDevice");
        }

        /// <summary>Package → packages it depends on, from both sources.</summary>
        public static Dictionary<string, HashSet<string>> DependencyFacts()
        {
            var facts = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
            void Add(string package, string dependency)
            {
                if (!facts.TryGetValue(package, out HashSet<string> set))
                {
                    facts[package] = set = new HashSet<string>(StringComparer.Ordinal);
                }

                set.Add(dependency);
            }

            string md = File.ReadAllText(Path.Combine(RepoPaths.Root, "..", "shared", "nanoframework.md"));
            var packages = Regex.Matches(md, @"^\| (nanoFramework\.[A-Za-z0-9.]+) \| [\d.]+ \| (.*) \|$", RegexOptions.Multiline).Select(m => (Id: m.Groups[1].Value, Why: m.Groups[2].Value)).ToList();
            foreach (var row in packages)
            {
                Match m = Regex.Match(row.Why, @"(?:dependency of|needed by) (.+)$");
                if (!m.Success)
                {
                    continue;
                }

                foreach (string name in Regex.Split(m.Groups[1].Value, @",| and "))
                {
                    string owner = packages.Select(p => p.Id).FirstOrDefault(id => id.EndsWith("." + name.Trim(), StringComparison.Ordinal));
                    Assert.IsNotNull(owner, "nanoframework.md names an unknown package: " + name);
                    Add(owner, row.Id);
                }
            }

            Dictionary<string, string> packageOfAssembly = PackageOfAssembly();
            var owners = new Dictionary<string, string>(StringComparer.Ordinal);
            var libraries = Directory.GetFiles(ReferenceAssemblies.SignaturesFolder, "*.tsv").Select(SignatureLibrary.Load).ToList();
            libraries.ForEach(l => l.Types.Keys.ToList().ForEach(t => owners[t] = l.AssemblyName));
            foreach (SignatureLibrary library in libraries.Where(l => packageOfAssembly.ContainsKey(l.AssemblyName)))
            {
                foreach (string assembly in library.MentionedTypes().Where(owners.ContainsKey).Select(t => owners[t]).Distinct())
                {
                    if (assembly != library.AssemblyName && packageOfAssembly.TryGetValue(assembly, out string dependency))
                    {
                        Add(packageOfAssembly[library.AssemblyName], dependency);
                    }
                }
            }

            return facts;
        }

        private static Dictionary<string, string> PackageOfAssembly()
        {
            string readme = File.ReadAllText(Path.Combine(RepoPaths.NanoApiFolder, "README.md"));
            return Regex.Matches(readme, @"^\| ([\w.]+)\.txt \| ([\w.]+)", RegexOptions.Multiline)
                .ToDictionary(m => m.Groups[1].Value, m => m.Groups[2].Value);
        }

        private static IEnumerable<string> Closure(string package, Dictionary<string, HashSet<string>> facts)
        {
            var seen = new HashSet<string>();
            var todo = new Stack<string>(new[] { package });
            while (todo.Count > 0)
            {
                if (facts.TryGetValue(todo.Pop(), out HashSet<string> deps))
                {
                    foreach (string d in deps.Where(seen.Add))
                    {
                        todo.Push(d);
                    }
                }
            }

            return seen;
        }
    }
}
