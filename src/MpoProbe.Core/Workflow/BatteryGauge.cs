namespace MpoProbe.Core
{
    /// <summary>Charge of the probe's single Li-ion cell from its resting voltage (piecewise linear, typical discharge curve).</summary>
    public static class BatteryGauge
    {
        private static readonly double[] Volts = { 3.30, 3.60, 3.70, 3.90, 4.20 };
        private static readonly double[] Percents = { 0, 20, 50, 80, 100 };

        /// <summary>Percent (0..100) for a cell voltage.</summary>
        public static int Percent(double cellVolts)
        {
            if (cellVolts <= Volts[0])
            {
                return 0;
            }

            for (int i = 1; i < Volts.Length; i++)
            {
                if (cellVolts <= Volts[i])
                {
                    double t = (cellVolts - Volts[i - 1]) / (Volts[i] - Volts[i - 1]);
                    return (int)(Percents[i - 1] + (t * (Percents[i] - Percents[i - 1])) + 0.5);
                }
            }

            return 100;
        }
    }
}
