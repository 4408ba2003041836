using System;
using System.Collections.Generic;
using System.Reflection;

namespace MpoProbe.Benchmark
{
    /// <summary>
    /// Sizes the objects reachable from some roots by the interpreter's block rules
    /// (<see cref="BlockModel"/>): what the interpreter's heap holds for them. Objects reachable
    /// from the roots given to <see cref="Exclude"/> are not counted. A string literal (the host's
    /// interned instance) counts one header per reference, as every executed ldstr makes its own
    /// on the interpreter.
    /// </summary>
    public sealed class HeapWalker
    {
        private static readonly Dictionary<Type, List<FieldInfo>> FieldCache = new Dictionary<Type, List<FieldInfo>>();
        private readonly BlockModel _model;
        private readonly HashSet<object> _seen = new HashSet<object>(ReferenceEqualityComparer.Instance);
        private readonly Queue<object> _queue = new Queue<object>();
        private bool _counting;

        // Literal strings the excluded roots referenced directly (static fields set at boot), by count:
        // the same references among the counted roots were made before, not by what is measured.
        private readonly Dictionary<string, int> _rootLiterals = new Dictionary<string, int>(StringComparer.Ordinal);

        /// <summary>A walker with <paramref name="model"/>'s sizes.</summary>
        public HeapWalker(BlockModel model)
        {
            _model = model;
        }

        /// <summary>Blocks counted by <see cref="Walk"/>.</summary>
        public long Blocks { get; private set; }

        /// <summary>Objects counted by <see cref="Walk"/>.</summary>
        public long Objects { get; private set; }

        /// <summary>
        /// Blocks per holder: the field (declaring type and name) through which the walk first
        /// reached an object, with everything reached only through it; for the largest holders.
        /// </summary>
        public Dictionary<string, long> ByOwner { get; } = new Dictionary<string, long>(StringComparer.Ordinal);

        private readonly Dictionary<object, string> _owner = new Dictionary<object, string>(ReferenceEqualityComparer.Instance);

        /// <summary>Marks everything reachable from <paramref name="roots"/> as not to be counted.</summary>
        public void Exclude(IEnumerable<object> roots)
        {
            _counting = false;
            Run(roots);
        }

        /// <summary>Counts everything reachable from <paramref name="roots"/> and not excluded.</summary>
        public void Walk(IEnumerable<object> roots)
        {
            _counting = true;
            Run(roots);
        }

        /// <summary>The values of every static field of the types in <paramref name="assemblies"/>.</summary>
        public static List<object> Statics(IEnumerable<Assembly> assemblies)
        {
            var values = new List<object>();
            foreach (Assembly assembly in assemblies)
            {
                foreach (Type type in assembly.GetTypes())
                {
                    foreach (FieldInfo field in type.GetFields(BindingFlags.Static | BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.DeclaredOnly))
                    {
                        if (!field.IsLiteral && !type.ContainsGenericParameters)
                        {
                            values.Add(field.GetValue(null));
                        }
                    }
                }
            }

            return values;
        }

        /// <summary>Instance fields of <paramref name="type"/> and its bases.</summary>
        public static List<FieldInfo> InstanceFields(Type type)
        {
            lock (FieldCache)
            {
                if (!FieldCache.TryGetValue(type, out List<FieldInfo> fields))
                {
                    fields = new List<FieldInfo>();
                    for (Type t = type; t != null && t != typeof(object); t = t.BaseType)
                    {
                        fields.AddRange(t.GetFields(BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.DeclaredOnly));
                    }

                    FieldCache[type] = fields;
                }

                return fields;
            }
        }

        private void Run(IEnumerable<object> roots)
        {
            foreach (object root in roots)
            {
                if (root is string text && ReferenceEquals(string.IsInterned(text), text))
                {
                    int seen = _rootLiterals.TryGetValue(text, out int n) ? n : 0;
                    if (!_counting)
                    {
                        _rootLiterals[text] = seen + 1;
                        continue;
                    }

                    if (seen > 0)
                    {
                        _rootLiterals[text] = seen - 1;
                        continue;
                    }
                }

                Reach(root, root == null ? "root" : root.GetType().Name);
            }

            while (_queue.Count > 0)
            {
                Visit(_queue.Dequeue());
            }
        }

        private void Reach(object value, string owner)
        {
            if (value == null || value is Type || value is Pointer || value is Assembly)
            {
                return;
            }

            if (value is string text && ReferenceEquals(string.IsInterned(text), text))
            {
                // A literal: one string header for each reference (each ldstr made its own).
                Count(text, _model.LiteralBlocks, owner);
                return;
            }

            if (value.GetType().IsValueType || _seen.Add(value))
            {
                _owner[value] = owner;
                _queue.Enqueue(value);
            }
        }

        private void Visit(object value)
        {
            Type type = value.GetType();
            string owner = _owner.TryGetValue(value, out string o) ? o : type.Name;
            if (value is string text)
            {
                Count(value, _model.StringBlocks(text), owner);
            }
            else if (value is Array array)
            {
                Type element = type.GetElementType();
                int bytes = BlockModel.ElementBytes(element);
                bool structs = element.IsValueType && !element.IsPrimitive && !element.IsEnum;
                Count(value, _model.ArrayBlocks(array.Length, bytes, 0), owner);
                if (bytes < 0 && (!element.IsValueType || structs))
                {
                    foreach (object item in array)
                    {
                        Reach(item, owner);
                    }
                }
            }
            else if (value is Delegate callback)
            {
                Count(value, _model.DelegateBlocks, owner);
                Reach(callback.Target, owner);
            }
            else if (type.IsPrimitive || type.IsEnum)
            {
                Count(value, BlockModel.BoxedPrimitiveBlocks, owner);
            }
            else
            {
                List<FieldInfo> fields = InstanceFields(type);
                Count(value, BlockModel.ObjectBlocks(fields.Count), owner);
                foreach (FieldInfo field in fields)
                {
                    Type ft = field.FieldType;
                    if (!ft.IsPrimitive && !ft.IsEnum && !ft.IsPointer && ft != typeof(IntPtr) && ft != typeof(DateTime) && ft != typeof(TimeSpan))
                    {
                        Reach(field.GetValue(value), field.DeclaringType.Name + "." + field.Name);
                    }
                }
            }
        }

        private void Count(object value, long blocks, string owner)
        {
            if (!_counting)
            {
                return;
            }

            Blocks += blocks;
            Objects++;
            ByOwner[owner] = (ByOwner.TryGetValue(owner, out long b) ? b : 0) + blocks;
        }
    }
}
