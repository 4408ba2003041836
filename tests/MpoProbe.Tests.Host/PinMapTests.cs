using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using Microsoft.VisualStudio.TestTools.UnitTesting;

namespace MpoProbe.Tests
{
    /// <summary>
    /// hardware/pin-map.md and the firmware's Pins.cs name the same pins, and the map keeps the
    /// ESP32's pin rules: ADC1-only analog inputs, input-only GPIO 34–39, the flash's GPIO 6–11
    /// untouched, and the strapping pins (0, 2, 5, 12, 15) at their reset levels.
    /// </summary>
    [TestClass]
    public class PinMapTests
    {
        private static readonly int[] Adc1Gpio = { 36, 37, 38, 39, 32, 33, 34, 35 };

        [TestMethod]
        public void PinMapDocumentMatchesTheFirmwarePinFile()
        {
            Dictionary<string, string> constants = Constants();
            string doc = Document();
            var rows = Regex.Matches(doc, @"^\| [^|]+ \| (\d+) \| [^|]+ \| (\w+)( \(ADC1 ch (\d)\))? \|", RegexOptions.Multiline).ToList();
            Assert.IsTrue(rows.Count >= 9, "pin rows read: " + rows.Count);
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
            foreach (string name in constants.Keys.Where(n => !n.EndsWith("Address", System.StringComparison.Ordinal) && n != "LogBaud"))
            {
                Assert.IsTrue(documented.Contains(name), name + " is in Pins.cs but not in pin-map.md");
            }

            var used = Rows().SelectMany(r => r.Gpios).ToList();
            Assert.AreEqual(used.Count, used.Distinct().Count(), "no GPIO is used twice");
        }

        /// <summary>GPIO 6–11 are the module's flash lines: no row and no Pins.cs constant uses them.</summary>
        [TestMethod]
        public void FlashPinsSixToElevenAreNotUsed()
        {
            foreach (PinRow row in Rows())
            {
                Assert.IsFalse(row.Gpios.Any(g => g >= 6 && g <= 11), row.Signal + " is on a flash pin (GPIO 6–11)");
            }

            foreach (KeyValuePair<string, string> c in GpioConstants())
            {
                int gpio = int.Parse(c.Value);
                Assert.IsFalse(gpio >= 6 && gpio <= 11, c.Key + " = GPIO " + gpio + ", a flash pin");
            }
        }

        /// <summary>GPIO 34–39 have no output driver: the map gives them only inputs and the firmware opens none as an output.</summary>
        [TestMethod]
        public void InputOnlyPinsThirtyFourToThirtyNineCarryOnlyInputs()
        {
            foreach (PinRow row in Rows().Where(r => r.Gpios.Any(g => g >= 34 && g <= 39)))
            {
                Assert.IsTrue(row.Direction.StartsWith("in", System.StringComparison.Ordinal) || row.Direction == "analog in", row.Signal + " on GPIO " + string.Join("/", row.Gpios) + " is '" + row.Direction + "', but GPIO 34–39 are input-only");
            }

            Dictionary<string, string> constants = Constants();
            string firmware = string.Concat(Directory.GetFiles(Path.Combine(RepoPaths.Root, "src", "MpoProbe.Firmware"), "*.cs").Select(File.ReadAllText));
            // Since issue 28 the front end's lines are on the I2C expander: the button is the one GPIO opened.
            Assert.IsTrue(Regex.Matches(firmware, @"OpenPin\(Pins\.(\w+), PinMode\.").Count >= 1, "no OpenPin(Pins.…) found in the firmware");
            var outputs = Regex.Matches(firmware, @"OpenPin\(Pins\.(\w+), PinMode\.Output\)").Select(m => m.Groups[1].Value).ToList();
            foreach (string name in outputs)
            {
                int gpio = int.Parse(constants[name]);
                Assert.IsFalse(gpio >= 34 && gpio <= 39, name + " (GPIO " + gpio + ") is opened as an output, but GPIO 34–39 are input-only");
            }
        }

        /// <summary>Every analog input is on ADC1 (GPIO 32–39); ADC2 stops while Wi-Fi runs.</summary>
        [TestMethod]
        public void AnalogInputsAreOnAdc1Only()
        {
            List<PinRow> analog = Rows().Where(r => r.Direction == "analog in").ToList();
            Assert.IsTrue(analog.Count >= 2, "analog rows: " + analog.Count);
            foreach (PinRow row in analog)
            {
                Assert.IsTrue(row.Gpios.All(g => Adc1Gpio.Contains(g)), row.Signal + " is an analog input on GPIO " + string.Join("/", row.Gpios) + ", not an ADC1 pin (32–39)");
                Assert.IsTrue(Regex.IsMatch(row.Constant, @"\(ADC1 ch \d\)"), row.Signal + ": the constant names no ADC1 channel");
            }
        }

        /// <summary>
        /// The strapping pins keep their reset levels: GPIO 12 (flash voltage) unused, GPIO 0 only on the
        /// auto-program circuit, GPIO 2 without a pull-up, GPIO 5 and 15 pulled up.
        /// </summary>
        [TestMethod]
        public void StrappingPinsAreLeftAtTheirResetLevels()
        {
            List<PinRow> rows = Rows();
            Assert.IsFalse(rows.Any(r => r.Gpios.Contains(12)), "GPIO 12 (MTDI) selects the flash voltage at reset: nothing may hang on it");
            Assert.IsFalse(GpioConstants().Any(c => c.Value == "12" || c.Value == "0"), "Pins.cs drives GPIO 12 or GPIO 0 (strapping pins the firmware must leave alone)");
            PinRow boot = rows.Single(r => r.Gpios.Contains(0));
            Assert.AreEqual("—", boot.Constant, "GPIO 0 belongs to the auto-program circuit, not to the firmware");
            StringAssert.Contains(boot.Notes, "auto-program", "GPIO 0's row names the auto-program circuit");
            foreach (PinRow row in rows.Where(r => r.Gpios.Contains(2)))
            {
                StringAssert.Contains(row.Notes, "no pull-up", "GPIO 2 must be low or floating at reset (download mode): its row says 'no pull-up'");
            }

            foreach (int gpio in new[] { 5, 15 })
            {
                foreach (PinRow row in rows.Where(r => r.Gpios.Contains(gpio)))
                {
                    StringAssert.Contains(row.Notes, "strapping", "GPIO " + gpio + "'s row names it a strapping pin");
                    StringAssert.Contains(row.Notes, "pull-up", "GPIO " + gpio + " wants high at reset: its row gives the pull-up");
                }
            }
        }

        /// <summary>Every I2C address in Pins.cs is distinct and named in pin-map.md (the self-test expander shares the display's bus).</summary>
        [TestMethod]
        public void I2cAddressesAreDistinctAndDocumented()
        {
            var addresses = Constants().Where(c => c.Key.EndsWith("Address", System.StringComparison.Ordinal)).ToList();
            Assert.IsTrue(addresses.Count >= 3, "I2C addresses in Pins.cs: " + addresses.Count);
            Assert.AreEqual(addresses.Count, addresses.Select(a => System.Convert.ToInt32(a.Value, 16)).Distinct().Count(), "two I2C devices share an address");
            string doc = Document();
            foreach (KeyValuePair<string, string> a in addresses)
            {
                StringAssert.Contains(doc, a.Value + " (" + a.Key + ")", a.Key + " is not named with its address in pin-map.md");
            }
        }

        private static string Document()
        {
            return File.ReadAllText(Path.Combine(RepoPaths.Root, "hardware", "pin-map.md"));
        }

        private static Dictionary<string, string> Constants()
        {
            string code = File.ReadAllText(Path.Combine(RepoPaths.Root, "src", "MpoProbe.Firmware", "Pins.cs"));
            return Regex.Matches(code, @"public const int (\w+) = (0x[0-9A-Fa-f]+|\d+);").ToDictionary(m => m.Groups[1].Value, m => m.Groups[2].Value);
        }

        private static IEnumerable<KeyValuePair<string, string>> GpioConstants()
        {
            return Constants().Where(c => !c.Key.StartsWith("Adc", System.StringComparison.Ordinal) && !c.Key.EndsWith("Address", System.StringComparison.Ordinal) && c.Key != "LogBaud");
        }

        private static List<PinRow> Rows()
        {
            var rows = new List<PinRow>();
            foreach (Match m in Regex.Matches(Document(), @"^\| ([^|]+) \| ([^|]+) \| ([^|]+) \| ([^|]+) \| ([^|]*)\|\s*$", RegexOptions.Multiline))
            {
                var gpios = Regex.Matches(m.Groups[2].Value, @"\d+").Select(g => int.Parse(g.Value)).ToList();
                if (m.Groups[1].Value.Trim() == "signal" || m.Groups[1].Value.StartsWith("---", System.StringComparison.Ordinal))
                {
                    continue;
                }

                rows.Add(new PinRow(m.Groups[1].Value.Trim(), gpios, m.Groups[3].Value.Trim(), m.Groups[4].Value.Trim(), m.Groups[5].Value.Trim()));
            }

            Assert.IsTrue(rows.Count >= 12, "rows read from pin-map.md: " + rows.Count);
            return rows;
        }

        private sealed record PinRow(string Signal, List<int> Gpios, string Direction, string Constant, string Notes);
    }
}
