using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Xml.Linq;

namespace MpoProbe.Tests.Signatures
{
    /// <summary>
    /// What a device project (.nfproj) compiles and references, read from the project file and
    /// the shared projects (.projitems) it imports, the way MSBuild would.
    /// </summary>
    public sealed class DeviceProject
    {
        private static readonly XNamespace Msb = "http://schemas.microsoft.com/developer/msbuild/2003";

        private DeviceProject(string name)
        {
            Name = name;
        }

        /// <summary>The project's short name (for messages).</summary>
        public string Name { get; }

        /// <summary>Repository-relative paths of the C# files compiled, in project order.</summary>
        public List<string> Sources { get; } = new List<string>();

        /// <summary>Assembly names of the references (<c>Reference Include</c>).</summary>
        public List<string> References { get; } = new List<string>();

        /// <summary>Repository-relative paths of the device projects it references (<c>ProjectReference Include</c>).</summary>
        public List<string> ProjectReferences { get; } = new List<string>();

        /// <summary>The project's assembly name (<c>AssemblyName</c>), or null for a project made of shared items.</summary>
        public string AssemblyName { get; private set; }

        /// <summary>The project file, relative to the repository root (null for a project made of shared items).</summary>
        public string Path { get; private set; }

        /// <summary>True when the project builds an executable.</summary>
        public bool IsExe { get; private set; }

        /// <summary>Reads a .nfproj (path relative to the repository root).</summary>
        public static DeviceProject Load(string name, string relativePath) => Load(name, relativePath, RepoPaths.Root);

        /// <summary>Reads a .nfproj of the checkout at <paramref name="root"/> (another commit's tree, to calibrate).</summary>
        public static DeviceProject Load(string name, string relativePath, string root)
        {
            string path = System.IO.Path.Combine(root, relativePath);
            XDocument project = XDocument.Load(path);
            var result = new DeviceProject(name)
            {
                IsExe = project.Descendants(Msb + "OutputType").Any(o => o.Value == "Exe"),
                AssemblyName = project.Descendants(Msb + "AssemblyName").Select(a => a.Value).FirstOrDefault(),
                Path = relativePath,
                Root = root,
            };
            string dir = System.IO.Path.GetDirectoryName(path);
            foreach (XElement element in project.Root.Descendants())
            {
                if (element.Name == Msb + "Import" && ((string)element.Attribute("Project")).EndsWith(".projitems", StringComparison.Ordinal))
                {
                    result.AddSharedItems(System.IO.Path.GetFullPath(System.IO.Path.Combine(dir, Unix((string)element.Attribute("Project")))));
                }
                else if (element.Name == Msb + "Compile")
                {
                    result.Sources.Add(result.Relative(System.IO.Path.Combine(dir, Unix((string)element.Attribute("Include")))));
                }
                else if (element.Name == Msb + "ProjectReference")
                {
                    result.ProjectReferences.Add(result.Relative(System.IO.Path.Combine(dir, Unix((string)element.Attribute("Include")))));
                }
                else if (element.Name == Msb + "Reference")
                {
                    result.References.Add(((string)element.Attribute("Include")).Split(',')[0].Trim());
                }
            }

            return result;
        }

        /// <summary>A project made of the given shared projects' files with the given references (the Core alone).</summary>
        public static DeviceProject FromSharedItems(string name, IEnumerable<string> projitems, IEnumerable<string> references, string root = null)
        {
            var result = new DeviceProject(name) { Root = root ?? RepoPaths.Root };
            foreach (string items in projitems)
            {
                result.AddSharedItems(System.IO.Path.Combine(result.Root, items));
            }

            result.References.AddRange(references);
            return result;
        }

        private void AddSharedItems(string projitems)
        {
            string dir = System.IO.Path.GetDirectoryName(projitems) + System.IO.Path.DirectorySeparatorChar;
            foreach (XElement compile in XDocument.Load(projitems).Descendants(Msb + "Compile"))
            {
                string include = ((string)compile.Attribute("Include")).Replace("$(MSBuildThisFileDirectory)", "");
                Sources.Add(Relative(System.IO.Path.Combine(dir, Unix(include))));
            }
        }

        private static string Unix(string msbuildPath) => msbuildPath.Replace('\\', '/');

        /// <summary>The checkout the paths are relative to.</summary>
        public string Root { get; private set; } = RepoPaths.Root;

        private string Relative(string path) => System.IO.Path.GetRelativePath(Root, System.IO.Path.GetFullPath(path)).Replace('\\', '/');
    }
}
