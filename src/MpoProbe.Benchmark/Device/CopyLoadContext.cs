using System.Collections.Generic;
using System.IO;
using System.Reflection;
using System.Runtime.Loader;

namespace MpoProbe.Benchmark
{
    /// <summary>
    /// A collectible load context for rewritten copies of the project's assemblies: the names in
    /// it load from the copies' folder, every other assembly from the default context. Used by
    /// the device-heap counter here and by the tests' interpreter-rules run.
    /// </summary>
    public sealed class CopyLoadContext : AssemblyLoadContext
    {
        private readonly string _folder;
        private readonly HashSet<string> _names;

        /// <summary>A context named <paramref name="name"/> loading <paramref name="names"/> from <paramref name="folder"/>.</summary>
        public CopyLoadContext(string name, string folder, HashSet<string> names)
            : base(name, isCollectible: true)
        {
            _folder = folder;
            _names = names;
        }

        /// <summary>Deletes the copies' folder; a folder still mapped by a context is left for the temp cleaner.</summary>
        public static void TryDelete(string folder)
        {
            try
            {
                Directory.Delete(folder, true);
            }
            catch (IOException)
            {
                // The collectible context may still map the copies; the temp folder is cleaned later.
            }
            catch (System.UnauthorizedAccessException)
            {
            }
        }

        /// <inheritdoc />
        protected override Assembly Load(AssemblyName assemblyName)
        {
            return _names.Contains(assemblyName.Name) ? LoadFromAssemblyPath(Path.Combine(_folder, assemblyName.Name + ".dll")) : null;
        }
    }
}
