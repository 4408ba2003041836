namespace MpoProbe.Core
{
    /// <summary>
    /// A group of serial commands kept in its own file (e.g. calibration or job data) and hooked
    /// into <see cref="CommandProcessor"/> with <see cref="CommandProcessor.Add"/>. The processor
    /// asks each group, in the order added, whether it owns a verb it does not know itself.
    /// </summary>
    public interface ICommandGroup
    {
        /// <summary>Text appended to the <c>help</c> reply, e.g. "cal show, cal clear".</summary>
        string Help { get; }

        /// <summary>True when <paramref name="verb"/> (lower case) is one of the group's commands.</summary>
        bool Owns(string verb);

        /// <summary>
        /// Runs a line whose verb the group owns and writes exactly one answer record (a reply or
        /// an error) unless the returned action makes the workflow write it.
        /// <paramref name="count"/> is the number of words on the line; <paramref name="words"/>
        /// holds the first of them in lower case (at most <see cref="CommandProcessor.MaxWords"/>);
        /// <paramref name="line"/> is the line as typed (trimmed, case kept), for free text.
        /// </summary>
        CommandAction Run(string[] words, int count, string line);
    }
}
