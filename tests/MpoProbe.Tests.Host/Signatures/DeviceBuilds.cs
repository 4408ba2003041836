using System;
using System.Collections.Generic;
using System.Linq;

namespace MpoProbe.Tests.Signatures
{
    /// <summary>
    /// The three device compilations CI runs against the signatures, built once per test run:
    /// (a) the Core alone, against only the references both device projects list (it is
    /// compiled into both); (b) the firmware project; (c) the device test project.
    /// </summary>
    public static class DeviceBuilds
    {
        /// <summary>The firmware project file.</summary>
        public const string FirmwareProject = "src/MpoProbe.Firmware/MpoProbe.Firmware.nfproj";

        /// <summary>The device test project file.</summary>
        public const string DeviceTestProject = "tests/MpoProbe.Tests.Device/MpoProbe.Tests.Device.nfproj";

        private static readonly Lazy<List<DeviceBuild>> All = new Lazy<List<DeviceBuild>>(BuildAll);

        /// <summary>core, firmware, device-tests, in that order.</summary>
        public static List<DeviceBuild> Builds => All.Value;

        /// <summary>One build by name.</summary>
        public static DeviceBuild Get(string name) => Builds.First(b => b.Name == name);

        /// <summary>
        /// The line CI prints, e.g. <c>signature compile: core 0 errors, firmware 0 errors,
        /// device-tests 0 errors; metadata: 0 rejected constructs</c>.
        /// </summary>
        public static string Summary(IEnumerable<DeviceBuild> builds, int metadataFindings)
        {
            return "signature compile: " + string.Join(", ", builds.Select(b => b.Name + " " + b.Errors.Count + " errors"))
                + "; metadata: " + metadataFindings + " rejected constructs";
        }

        private static List<DeviceBuild> BuildAll()
        {
            ReferenceAssemblies references = ReferenceAssemblies.Shared;
            DeviceProject firmware = DeviceProject.Load("firmware", FirmwareProject);
            DeviceProject tests = DeviceProject.Load("device-tests", DeviceTestProject);
            DeviceProject core = DeviceProject.FromSharedItems(
                "core",
                new[] { "src/MpoProbe.Core/MpoProbe.Core.projitems" },
                firmware.References.Intersect(tests.References));
            return new List<DeviceBuild>
            {
                DeviceCompiler.Compile(core, references),
                DeviceCompiler.Compile(firmware, references),
                DeviceCompiler.Compile(tests, references),
            };
        }
    }
}
