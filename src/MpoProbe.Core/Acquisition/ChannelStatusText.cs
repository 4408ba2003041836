namespace MpoProbe.Core
{
    /// <summary>Text names of <see cref="ChannelStatus"/> (an enum's ToString gives a number on the device).</summary>
    public static class ChannelStatusText
    {
        /// <summary>"OK", "NO_LIGHT", "OVER_RANGE" or "UNSTABLE".</summary>
        public static string Name(ChannelStatus status)
        {
            switch (status)
            {
                case ChannelStatus.Ok: return "OK";
                case ChannelStatus.NoLight: return "NO_LIGHT";
                case ChannelStatus.OverRange: return "OVER_RANGE";
                case ChannelStatus.Unstable: return "UNSTABLE";
                default: return "UNKNOWN";
            }
        }
    }
}
