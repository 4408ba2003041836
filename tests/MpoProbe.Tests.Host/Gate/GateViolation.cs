namespace MpoProbe.Tests.Gate
{
    /// <summary>One place where shared code leaves the nanoFramework 1.x subset.</summary>
    public sealed class GateViolation
    {
        public GateViolation(string file, int line, GateRule rule, string detail)
        {
            File = file;
            Line = line;
            Rule = rule;
            Detail = detail;
        }

        public string File { get; }

        public int Line { get; }

        public GateRule Rule { get; }

        public string Detail { get; }

        public override string ToString()
        {
            return File + ":" + Line + ": " + Rule + ": " + Detail;
        }
    }
}
