namespace MpoProbe.Core
{
    /// <summary>What loading a stored file found.</summary>
    public enum LoadStatus
    {
        /// <summary>Read, checksum good, every field valid.</summary>
        Ok = 0,

        /// <summary>No file: first start or never saved.</summary>
        Missing = 1,

        /// <summary>A file that fails its checksum or holds an invalid field; defaults are used instead.</summary>
        Corrupted = 2
    }
}
