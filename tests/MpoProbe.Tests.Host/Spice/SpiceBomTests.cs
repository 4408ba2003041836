using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using Microsoft.VisualStudio.TestTools.UnitTesting;

namespace MpoProbe.Tests.Spice
{
    /// <summary>
    /// The BOM (hardware/README.md) and the netlists (hardware/spice) describe one circuit: every
    /// active part of the analog path has a model, every model says which BOM part it is, and every
    /// part a netlist names is in the BOM. Needs no ngspice.
    /// </summary>
    [TestClass]
    public class SpiceBomTests
    {
        /// <summary>BOM items that are active parts of the analog signal path and must have a model.</summary>
        private static readonly Regex ActiveAnalog = new Regex("op-amp|PGA|multiplexer|switch|reference|buffer|photodiode|ADC pin", RegexOptions.IgnoreCase);

        /// <summary>Every active analog BOM row names models, and every model it names exists.</summary>
        [TestMethod]
        public void EveryActiveAnalogPartInTheBomHasAModel()
        {
            HashSet<string> subckts = Subcircuits().Keys.ToHashSet();
            List<BomRow> bom = Bom();
            Assert.IsTrue(bom.Count(r => ActiveAnalog.IsMatch(r.Item)) >= 9, "active analog BOM rows found: " + bom.Count(r => ActiveAnalog.IsMatch(r.Item)));
            foreach (BomRow row in bom)
            {
                if (ActiveAnalog.IsMatch(row.Item))
                {
                    Assert.IsTrue(row.Models.Count > 0, "BOM item '" + row.Item + "' (" + row.Part + ") is an active analog part with no model in hardware/spice");
                }

                foreach (string model in row.Models)
                {
                    Assert.IsTrue(subckts.Contains(model), "BOM item '" + row.Item + "' names model " + model + ", which hardware/spice does not define");
                }
            }
        }

        /// <summary>Every subcircuit says which BOM part it models (or none), and that part is in the BOM.</summary>
        [TestMethod]
        public void EveryPartTheNetlistsNameIsInTheBom()
        {
            string parts = string.Join("\n", Bom().Select(r => r.Part));
            foreach (KeyValuePair<string, string[]> subckt in Subcircuits())
            {
                Assert.IsTrue(subckt.Value.Length > 0, ".subckt " + subckt.Key + " has no 'BOM:' line in its header comment");
                foreach (string part in subckt.Value.Where(p => p != "none"))
                {
                    Assert.IsTrue(parts.Contains(part, StringComparison.Ordinal), ".subckt " + subckt.Key + " models " + part + ", which is not in the BOM (hardware/README.md)");
                }
            }
        }

        /// <summary>Every subcircuit a netlist instantiates is defined (no model used that the libraries lack).</summary>
        [TestMethod]
        public void EveryInstantiatedSubcircuitIsDefined()
        {
            HashSet<string> subckts = Subcircuits().Keys.ToHashSet();
            int instances = 0;
            foreach (string file in new[] { "range.cir", "crosstalk.cir", "frontend.lib", "parts.lib" })
            {
                foreach (string line in File.ReadAllLines(Path.Combine(FrontEndSpice.SpiceFolder, file)))
                {
                    if (!line.StartsWith("X", StringComparison.OrdinalIgnoreCase))
                    {
                        continue;
                    }

                    string model = line.Split(' ', StringSplitOptions.RemoveEmptyEntries).Last(t => !t.Contains('=', StringComparison.Ordinal));
                    instances++;
                    Assert.IsTrue(subckts.Contains(model), file + ": '" + line + "' uses " + model + ", which no library defines");
                }
            }

            Assert.IsTrue(instances > 20, "subcircuit instances found: " + instances);
        }

        /// <summary>The parser itself: a subcircuit tagged with a part the BOM lacks is found.</summary>
        [TestMethod]
        public void AnUntaggedOrUnknownPartIsCaught()
        {
            Dictionary<string, string[]> found = Parse("* model of a thing. BOM: XYZ1234\n.subckt THING a b\n.ends THING\n.subckt BARE a b\n.ends BARE\n");
            CollectionAssert.AreEqual(new[] { "XYZ1234" }, found["THING"]);
            Assert.AreEqual(0, found["BARE"].Length);
            Assert.IsFalse(string.Join("\n", Bom().Select(r => r.Part)).Contains("XYZ1234", StringComparison.Ordinal));
        }

        private static Dictionary<string, string[]> Subcircuits()
        {
            return Parse(File.ReadAllText(Path.Combine(FrontEndSpice.SpiceFolder, "parts.lib")) + "\n" + File.ReadAllText(Path.Combine(FrontEndSpice.SpiceFolder, "frontend.lib")));
        }

        /// <summary>Each .subckt with the parts its header comment (since the previous .ends) names after "BOM:".</summary>
        private static Dictionary<string, string[]> Parse(string text)
        {
            var result = new Dictionary<string, string[]>();
            var header = new List<string>();
            foreach (string line in text.Split('\n'))
            {
                if (line.StartsWith(".ends", StringComparison.OrdinalIgnoreCase))
                {
                    header.Clear();
                }
                else if (line.StartsWith(".subckt", StringComparison.OrdinalIgnoreCase))
                {
                    string name = line.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1];
                    Match tag = header.Select(h => Regex.Match(h, @"BOM: ([A-Za-z0-9 -]+?)(\s*\(|\s*$|\.)")).FirstOrDefault(m => m.Success);
                    result[name] = tag == null ? Array.Empty<string>() : tag.Groups[1].Value.Split(' ', StringSplitOptions.RemoveEmptyEntries);
                    header.Clear();
                }
                else if (line.StartsWith("*", StringComparison.Ordinal))
                {
                    header.Add(line);
                }
            }

            return result;
        }

        private static List<BomRow> Bom()
        {
            string readme = File.ReadAllText(Path.Combine(RepoPaths.Root, "hardware", "README.md"));
            int start = readme.IndexOf("## BOM", StringComparison.Ordinal);
            Assert.IsTrue(start >= 0, "hardware/README.md has no BOM section");
            int end = readme.IndexOf("\n## ", start + 3, StringComparison.Ordinal);
            var rows = new List<BomRow>();
            foreach (Match m in Regex.Matches(readme.Substring(start, end - start), @"^\| ([^|]+) \| ([^|]+) \| ([^|]+) \| ([^|]+) \| ([^|]*)\|\s*$", RegexOptions.Multiline))
            {
                string item = m.Groups[1].Value.Trim();
                if (item == "item")
                {
                    continue;
                }

                var models = Regex.Matches(m.Groups[4].Value, "`([A-Z0-9]+)`").Select(x => x.Groups[1].Value).ToList();
                rows.Add(new BomRow(item, m.Groups[2].Value.Trim(), models));
            }

            Assert.IsTrue(rows.Count >= 15, "BOM rows read: " + rows.Count);
            return rows;
        }

        private sealed record BomRow(string Item, string Part, List<string> Models);
    }
}
