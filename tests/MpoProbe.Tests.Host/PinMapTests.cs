using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using Microsoft.VisualStudio.TestTools.UnitTesting;

namespace MpoProbe.Tests
{
    /// <summary>hardware/pin-map.md and the firmware's Pins.cs name the same pins.</summary>
    [TestClass]
    public class PinMapTests
    {
        private static readonly int[] Adc1Gpio = { 36, 37, 38, 39, 32, 33, 34, 35 };

        [TestMethod]
        public void PinMapDocumentMatchesTheFirmwarePinFile()
        {
            string code = File.ReadAllText(Path.Combine(RepoPaths.Root, "src", "MpoProbe.Firmware", "Pins.cs"));
            var constants = Regex.Matches(code, @"public const int (\w+) = (0x[0-9A-Fa-f]+|\d+);")
                .ToDictionary(m => m.Groups[1].Value, m => m.Groups[2].Value);
            string doc = File.ReadAllText(Path.Combine(RepoPaths.Root, "hardware", "pin-map.md"));
            var rows = Regex.Matches(doc, @"^\| [^|]+ \| (\d+) \| [^|]+ \| (\w+)( \(ADC1 ch (\d)\))? \|", RegexOptions.Multiline).ToList();
            Assert.IsTrue(rows.Count >= 19, "pin rows read: " + rows.Count);
            foreach (Match row in rows)
            {
                int gpio = int.Parse(row.Groups[1].Value);
                string name = row.Groups[2].Value;
                Assert.IsTrue(constants.ContainsKey(name), name + " is in pin-map.md but not in Pins.cs");
                int value = int.Parse(constants[name]);
                int expected = row.Groups[4].Success ? Adc1Gpio[value] : value;
                Assert.AreEqual(gpio, expected, name + ": GPIO in pin-map.md vs Pins.cs");
            }

            var documented = rows.Select(r => r.Groups[2].Value).ToHashSet();
            foreach (string name in constants.Keys.Where(n => n != "DisplayAddress" && n != "HeadIdAddress" && n != "LogBaud"))
            {
                Assert.IsTrue(documented.Contains(name), name + " is in Pins.cs but not in pin-map.md");
            }

            var used = rows.Select(r => int.Parse(r.Groups[1].Value)).ToList();
            Assert.AreEqual(used.Count, used.Distinct().Count(), "no GPIO is used twice");
        }
    }
}
