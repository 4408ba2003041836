namespace MpoProbe.Core
{
    /// <summary>Log names of the workflow states (the runtime would print an enum as its number).</summary>
    public static class StateText
    {
        /// <summary>"ready", "result", "clean_prompt" …</summary>
        public static string Name(ProbeState state)
        {
            switch (state)
            {
                case ProbeState.Boot: return "boot";
                case ProbeState.Ready: return "ready";
                case ProbeState.Result: return "result";
                case ProbeState.CleanPrompt: return "prompt";
                case ProbeState.CleanResult: return "clean_result";
                case ProbeState.Escalate: return "escalate";
                case ProbeState.Polarity: return "polarity";
                case ProbeState.Menu: return "menu";
                case ProbeState.ConfirmReference: return "confirm_reference";
                case ProbeState.Error: return "error";
                case ProbeState.ConnectReference: return "connect_reference";
                case ProbeState.Fault: return "fault";
                default: return "state_" + ((int)state).ToString();
            }
        }
    }
}
