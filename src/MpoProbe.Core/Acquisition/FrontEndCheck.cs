namespace MpoProbe.Core
{
    /// <summary>Outcome of a dark capture: passed, light where none should be, or a dead amplifier output.</summary>
    public sealed class FrontEndCheck
    {
        /// <summary>The check that found nothing wrong.</summary>
        public static readonly FrontEndCheck Passed = new FrontEndCheck(FrontEndStatus.Ok, 0, 0, 0);

        private FrontEndCheck(FrontEndStatus status, int position, int range, double volts)
        {
            Status = status;
            Position = position;
            Range = range;
            Volts = volts;
        }

        /// <summary>What was found.</summary>
        public FrontEndStatus Status { get; }

        /// <summary>Position (1-based) concerned, 0 when none.</summary>
        public int Position { get; }

        /// <summary>Gain range of the offending reading.</summary>
        public int Range { get; }

        /// <summary>Mean ADC input voltage of the offending reading.</summary>
        public double Volts { get; }

        /// <summary>Light seen while the port should be dark.</summary>
        public static FrontEndCheck LightDuringDark(int position, int range, double volts)
        {
            return new FrontEndCheck(FrontEndStatus.LightDuringDark, position, range, volts);
        }

        /// <summary>Dark output below the ADC's dead-zone edge: the pedestal is missing.</summary>
        public static FrontEndCheck DeadZone(int position, double volts)
        {
            return new FrontEndCheck(FrontEndStatus.DeadZone, position, 0, volts);
        }

        /// <summary>One line for the log and the error screen.</summary>
        public string Describe()
        {
            switch (Status)
            {
                case FrontEndStatus.LightDuringDark:
                    return "light on position " + Position.ToString() + " (" + FiberColors.Name(Position) + ") during dark capture: "
                        + Format.Fixed(Volts, 3) + " V in range " + Range.ToString() + "; cap the port and turn the source off";
                case FrontEndStatus.DeadZone:
                    return "front-end fault on position " + Position.ToString() + ": dark output " + Format.Fixed(Volts, 3)
                        + " V is in the ADC dead zone (below " + Format.Fixed(FrontEndDesign.WindowLowVolts, 2) + " V); pedestal missing";
                default:
                    return "front end OK";
            }
        }
    }
}
