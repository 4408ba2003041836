using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;

namespace MpoProbe.Tests
{
    /// <summary>Where the checkout and shared/ are, found from the test binary's folder.</summary>
    public static class RepoPaths
    {
        /// <summary>The folder holding MpoProbeFirmware.sln.</summary>
        public static string Root
        {
            get
            {
                string dir = AppContext.BaseDirectory;
                while (dir != null && !File.Exists(Path.Combine(dir, "MpoProbeFirmware.sln")))
                {
                    dir = Path.GetDirectoryName(dir);
                }

                return dir ?? throw new InvalidOperationException("MpoProbeFirmware.sln not found above " + AppContext.BaseDirectory);
            }
        }

        /// <summary>shared/nanoframework-api beside the checkout (as CI and developers have it).</summary>
        public static string NanoApiFolder
        {
            get
            {
                string folder = Path.GetFullPath(Path.Combine(Root, "..", "shared", "nanoframework-api"));
                if (!Directory.Exists(folder))
                {
                    throw new InvalidOperationException("the nanoFramework API listing is missing: expected " + folder + " (shared/ beside the checkout)");
                }

                return folder;
            }
        }

        /// <summary>
        /// The real nanoFramework mscorlib.dll of nanoFramework.CoreLibrary at the version the device
        /// projects pin (tests/MpoProbe.Tests.Device/packages.config), from the NuGet package folder the
        /// test project restored it to (its PackageDownload).
        /// </summary>
        public static string NanoMscorlib
        {
            get
            {
                string version = PinnedDeviceVersion("nanoFramework.CoreLibrary");
                string root = typeof(RepoPaths).Assembly.GetCustomAttributes(typeof(System.Reflection.AssemblyMetadataAttribute), false)
                    .Cast<System.Reflection.AssemblyMetadataAttribute>().Where(a => a.Key == "NuGetPackageRoot").Select(a => a.Value).FirstOrDefault();
                string path = Path.Combine(root ?? string.Empty, "nanoframework.corelibrary", version, "lib", "mscorlib.dll");
                if (string.IsNullOrEmpty(root) || !File.Exists(path))
                {
                    throw new InvalidOperationException("the real nanoFramework mscorlib is missing: expected " + path
                        + " (restored by the PackageDownload of nanoFramework.CoreLibrary " + version + " in MpoProbe.Tests.Host.csproj)");
                }

                return path;
            }
        }

        /// <summary>The version of a package in the device test project's packages.config.</summary>
        public static string PinnedDeviceVersion(string packageId)
        {
            var doc = System.Xml.Linq.XDocument.Load(Path.Combine(Root, "tests", "MpoProbe.Tests.Device", "packages.config"));
            string version = doc.Root.Elements("package").Where(e => (string)e.Attribute("id") == packageId).Select(e => (string)e.Attribute("version")).FirstOrDefault();
            return version ?? throw new InvalidOperationException(packageId + " is not in tests/MpoProbe.Tests.Device/packages.config");
        }

        /// <summary>Every .cs file below a folder of the checkout, without bin/ and obj/.</summary>
        public static IDictionary<string, string> Sources(string relativeFolder)
        {
            string folder = Path.Combine(Root, relativeFolder);
            return Directory.GetFiles(folder, "*.cs", SearchOption.AllDirectories)
                .Where(f => !f.Contains(Path.DirectorySeparatorChar + "bin" + Path.DirectorySeparatorChar) && !f.Contains(Path.DirectorySeparatorChar + "obj" + Path.DirectorySeparatorChar))
                .OrderBy(f => f, StringComparer.Ordinal)
                .ToDictionary(f => Path.GetRelativePath(Root, f), File.ReadAllText);
        }

        /// <summary>Non-empty, non-comment lines of a text file.</summary>
        public static IEnumerable<string> DataLines(string path)
        {
            return File.ReadAllLines(path).Select(l => l.Trim()).Where(l => l.Length > 0 && !l.StartsWith("#", StringComparison.Ordinal));
        }
    }
}
