namespace MpoProbe.Core
{
    /// <summary>What a command line asks the probe to do next (beyond the reply already sent).</summary>
    public enum CommandAction
    {
        /// <summary>Nothing more: a query answered, or a bad line reported.</summary>
        None = 0,

        /// <summary>Run an inspection.</summary>
        Inspect = 1,

        /// <summary>Take a reference (the workflow asks for confirmation on the probe).</summary>
        Reference = 2,

        /// <summary>Send the last result again.</summary>
        Last = 3,

        /// <summary>A setting changed: save and show it.</summary>
        SettingsChanged = 4,

        /// <summary>Re-measure the reference after re-mating the cord (the reference verification step).</summary>
        VerifyReference = 5,

        /// <summary>Report state, settings and reference (the workflow answers with a status record).</summary>
        Status = 6,

        /// <summary>The job's reference re-check (<c>recheck</c>): the reference cord measured again and compared with the reference.</summary>
        Recheck = 7,

        /// <summary>A test cord or the probe's port was replaced (<c>reset port|cord</c>): settings changed, and the reference taken through the old one is dropped.</summary>
        CordChanged = 8
    }
}
