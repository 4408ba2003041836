using System;
using System.Globalization;

namespace MpoProbe.Report
{
    /// <summary>
    /// Numbers as the probe writes them (the Core's <c>NumberText.Fixed</c>, which the report tool does
    /// not reference, matched digit for digit): a fixed number of decimals, rounded half away from zero,
    /// '.' and '-' whatever the culture, and no sign on a value that rounds to zero — so 0.355 dB reads
    /// 0.36 on the certificate as on the probe's screen, and no margin reads "-0.00".
    /// </summary>
    public static partial class Certificate
    {
        /// <summary>Most decimals a figure is printed with to tell it from the limit it is compared with.</summary>
        public const int MaxDecimals = 6;

        /// <summary>A loss or power with two decimals ("0.17", "-19.94"), or "—" when not measured.</summary>
        public static string Db(double value) => double.IsNaN(value) ? "—" : Fixed(value, 2);

        /// <summary>A change in dB with its sign ("+0.21", "-0.04"; "—" for none), as the probe's screen shows it.</summary>
        public static string SignedDb(double value)
        {
            string text = Db(value);
            return text.StartsWith('-') || double.IsNaN(value) ? text : "+" + text;
        }

        /// <summary>
        /// A loss beside the limit it is judged against: two decimals, or as many more (up to
        /// <see cref="MaxDecimals"/>) as it takes not to print a loss that differs from the limit
        /// equal to it (0.351 beside 0.35, not 0.35).
        /// </summary>
        public static string LossDb(double lossDb, double limitDb)
        {
            string text = Db(lossDb);
            if (double.IsNaN(lossDb) || double.IsNaN(limitDb) || lossDb == limitDb || text != Db(limitDb))
            {
                return text;
            }

            for (int decimals = 3; decimals <= MaxDecimals; decimals++)
            {
                string finer = Fixed(lossDb, decimals);
                if (finer != Fixed(limitDb, decimals))
                {
                    return finer;
                }
            }

            return text;
        }

        /// <summary>A margin (limit − loss): two decimals, or more where two would read 0.00 for a margin that is not zero ("-0.001": over the limit).</summary>
        public static string MarginDb(double marginDb)
        {
            string text = Db(marginDb);
            if (double.IsNaN(marginDb) || marginDb == 0 || text != "0.00")
            {
                return text;
            }

            for (int decimals = 3; decimals <= MaxDecimals; decimals++)
            {
                string finer = Fixed(marginDb, decimals);
                if (finer.Trim('-', '0', '.').Length > 0)
                {
                    return finer;
                }
            }

            return text;
        }

        /// <summary>
        /// <paramref name="value"/> with <paramref name="decimals"/> (0–9) decimals, rounded half away
        /// from zero, no sign when it rounds to zero; "—" for NaN, infinity or beyond ±1e15 — the
        /// digits of the Core's <c>NumberText.Fixed</c> (its "n/a" is the certificate's "—").
        /// </summary>
        public static string Fixed(double value, int decimals)
        {
            if (double.IsNaN(value) || double.IsInfinity(value) || Math.Abs(value) > 1e15 || decimals < 0 || decimals > 9)
            {
                return "—";
            }

            long scale = 1;
            for (int i = 0; i < decimals; i++)
            {
                scale *= 10;
            }

            bool negative = value < 0;
            long scaled = (long)Math.Floor(((negative ? -value : value) * scale) + 0.5);
            negative &= scaled != 0;
            long whole = scaled / scale;
            string text = (negative ? "-" : string.Empty) + whole.ToString(CultureInfo.InvariantCulture);
            return decimals == 0 ? text : text + "." + (scaled % scale).ToString(CultureInfo.InvariantCulture).PadLeft(decimals, '0');
        }
    }
}
