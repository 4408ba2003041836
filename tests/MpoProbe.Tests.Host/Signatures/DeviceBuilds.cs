using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;

namespace MpoProbe.Tests.Signatures
{
    /// <summary>
    /// The device compilations CI runs against the signatures, built once per test run: every
    /// .nfproj of the checkout (the two Core libraries, the simulation library, the firmware,
    /// each device test project), each with exactly its own <c>Reference</c> items and the
    /// compiled projects of its <c>ProjectReference</c> items, referenced projects first.
    /// </summary>
    public static class DeviceBuilds
    {
        /// <summary>The Core library that holds measurement, verdicts and diagnosis.</summary>
        public const string CoreMeasurementProject = "src/MpoProbe.Core.Measurement/MpoProbe.Core.Measurement.nfproj";

        /// <summary>The Core library that holds calibration, workflow, screens, commands, log and storage.</summary>
        public const string CoreWorkflowProject = "src/MpoProbe.Core.Workflow/MpoProbe.Core.Workflow.nfproj";

        /// <summary>The simulation library the device tests reference.</summary>
        public const string SimulationProject = "src/MpoProbe.Simulation.Device/MpoProbe.Simulation.Device.nfproj";

        /// <summary>The firmware project file.</summary>
        public const string FirmwareProject = "src/MpoProbe.Firmware/MpoProbe.Firmware.nfproj";

        /// <summary>The device test projects (each an assembly named NFUnitTest, run in its own session).</summary>
        public static readonly string[] DeviceTestProjects =
        {
            "tests/MpoProbe.Tests.Device/Measurement/MpoProbe.Tests.Device.Measurement.nfproj",
            "tests/MpoProbe.Tests.Device/Calibration/MpoProbe.Tests.Device.Calibration.nfproj",
            "tests/MpoProbe.Tests.Device/Workflow/MpoProbe.Tests.Device.Workflow.nfproj",
        };

        private static readonly Lazy<List<DeviceBuild>> All = new Lazy<List<DeviceBuild>>(() => BuildAll(RepoPaths.Root, ProjectFiles(RepoPaths.Root)));

        /// <summary>Every device project of the checkout, referenced projects before their users.</summary>
        public static List<DeviceBuild> Builds => All.Value;

        /// <summary>One build by project name (the file name without <c>.nfproj</c>).</summary>
        public static DeviceBuild Get(string name) => Builds.First(b => b.Name == name);

        /// <summary>The project name of a project file: <c>MpoProbe.Firmware</c> for src/MpoProbe.Firmware/MpoProbe.Firmware.nfproj.</summary>
        public static string NameOf(string projectFile) => Path.GetFileNameWithoutExtension(projectFile);

        /// <summary>
        /// The line CI prints, e.g. <c>signature compile: MpoProbe.Core.Measurement 0 errors, …,
        /// MpoProbe.Firmware 0 errors, …; metadata: 0 rejected constructs</c>.
        /// </summary>
        public static string Summary(IEnumerable<DeviceBuild> builds, int metadataFindings)
        {
            return "signature compile: " + string.Join(", ", builds.Select(b => b.Name + " " + b.Errors.Count + " errors"))
                + "; metadata: " + metadataFindings + " rejected constructs";
        }

        /// <summary>Repository-relative paths of every .nfproj under src/ and tests/ of a checkout.</summary>
        public static List<string> ProjectFiles(string root)
        {
            return new[] { "src", "tests" }
                .Where(d => Directory.Exists(Path.Combine(root, d)))
                .SelectMany(d => Directory.GetFiles(Path.Combine(root, d), "*.nfproj", SearchOption.AllDirectories))
                .Select(p => Path.GetRelativePath(root, p).Replace('\\', '/'))
                .Where(p => !p.Split('/').Any(part => part == "bin" || part == "obj"))
                .OrderBy(p => p, StringComparer.Ordinal)
                .ToList();
        }

        /// <summary>
        /// Compiles the given projects of a checkout (another commit's tree, to calibrate), each
        /// after the projects it references. A reference to a project outside the list, or a
        /// cycle, is an error of the referencing build.
        /// </summary>
        public static List<DeviceBuild> BuildAll(string root, IEnumerable<string> projectFiles)
        {
            ReferenceAssemblies references = ReferenceAssemblies.Shared;
            var projects = projectFiles.Select(p => DeviceProject.Load(NameOf(p), p, root)).ToList();
            var built = new Dictionary<string, DeviceBuild>(StringComparer.Ordinal);
            var order = new List<DeviceBuild>();
            var visiting = new HashSet<string>(StringComparer.Ordinal);

            DeviceBuild Build(DeviceProject project)
            {
                if (built.TryGetValue(project.Path, out DeviceBuild done))
                {
                    return done;
                }

                visiting.Add(project.Path);
                var dependencies = new List<DeviceBuild>();
                var missing = new List<string>();
                foreach (string reference in project.ProjectReferences)
                {
                    DeviceProject target = projects.FirstOrDefault(p => p.Path == reference);
                    if (target == null || visiting.Contains(reference))
                    {
                        missing.Add(project.Path + ": ProjectReference " + reference + (target == null ? " is not a device project of the checkout" : " forms a cycle"));
                        continue;
                    }

                    dependencies.Add(Build(target));
                }

                DeviceBuild build = DeviceCompiler.Compile(project, references, dependencies);
                build.Project = project;
                build.Errors.InsertRange(0, missing);
                visiting.Remove(project.Path);
                built[project.Path] = build;
                order.Add(build);
                return build;
            }

            foreach (DeviceProject project in projects)
            {
                Build(project);
            }

            return order;
        }
    }
}
