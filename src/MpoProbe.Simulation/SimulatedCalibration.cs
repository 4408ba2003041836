using System;
using System.Collections;
using MpoProbe.Core;

namespace MpoProbe.Simulation
{
    /// <summary>
    /// The factory calibration of a simulated probe, made the way a technician makes it: the
    /// probe boots uncalibrated, a <see cref="SimulatedFixture"/> lights its port, and the
    /// <c>cal</c> commands (docs/calibration.md) go in through its serial port one line at a
    /// time. The file it writes is cached per seed (not thread-safe: tests and benchmark run serially), so every simulated probe of that seed boots
    /// with it (<see cref="SimulatedHardware"/>) and the procedure runs once per seed and process.
    /// This is the one place simulated gains come from.
    /// </summary>
    public static class SimulatedCalibration
    {
        /// <summary>Source power at the port with the attenuator at 0 dB (what the lab's reference meter read).</summary>
        public const double SourceDbm = 1.5;

        /// <summary>Attenuator increment of the simulated technician, in dB.</summary>
        public const double StepDb = 1.5;

        /// <summary>Calibration date written by the simulated factory.</summary>
        public const string Date = "2026-06-01";

        /// <summary>Fixture description written by the simulated factory.</summary>
        public const string Fixture = "sim 850 nm source, step attenuator 0-60 dB, MPO-32 fan-out";

        /// <summary>Traceability note written by the simulated factory.</summary>
        public const string Traceability = "source power set with the lab's reference meter (simulated)";

        private static readonly ArrayList CachedSeeds = new ArrayList();
        private static readonly ArrayList CachedFiles = new ArrayList();

        /// <summary>The serial number a simulated probe of <paramref name="seed"/> gets.</summary>
        public static string SerialFor(uint seed)
        {
            return "SIM-" + ((long)seed).ToString();
        }

        /// <summary>The calibration file the procedure produced for the probe of <paramref name="seed"/> (run once, then cached).</summary>
        public static string FileFor(uint seed)
        {
            for (int i = 0; i < CachedSeeds.Count; i++)
            {
                if ((long)CachedSeeds[i] == seed)
                {
                    return (string)CachedFiles[i];
                }
            }

            SimulatedHardware hw = new SimulatedHardware(seed, null, false);
            ProbeCore core = new ProbeCore(hw);
            SimulatedFixture fixture = new SimulatedFixture(hw.Sim.ChannelCount, SourceDbm, seed);
            string problem = Run(hw, core, fixture, SerialFor(seed), Date);
            if (problem != null)
            {
                throw new InvalidOperationException("simulated calibration of probe " + SerialFor(seed) + " failed: " + problem);
            }

            string text = hw.Files.Read(CalibrationStore.FileName);
            CachedSeeds.Add((long)seed);
            CachedFiles.Add(text);

            return text;
        }

        /// <summary>
        /// Runs the whole procedure on a booted, uncalibrated <paramref name="core"/>: <see cref="Sweep"/>
        /// then <c>cal end</c>. Returns null, or the error record that stopped it.
        /// </summary>
        public static string Run(SimulatedHardware hw, ProbeCore core, SimulatedFixture fixture, string serial, string date)
        {
            string problem = Sweep(hw, core, fixture, serial, date) ?? Send(hw, core, "cal end");
            hw.Sim.LightSource = null;
            hw.Sim.SetAllDark();
            return problem;
        }

        /// <summary>
        /// Everything before <c>cal end</c>: dark with the port capped, then <c>cal fixture</c>,
        /// <c>cal trace</c>, <c>cal begin</c>, and one <c>cal step</c> per attenuator setting (a
        /// saturated first setting is skipped and an unstable step repeated, as the procedure says)
        /// until the probe reports too little light. Returns null, or the error record that stopped it.
        /// </summary>
        public static string Sweep(SimulatedHardware hw, ProbeCore core, SimulatedFixture fixture, string serial, string date)
        {
            hw.Sim.LightSource = null;
            hw.Sim.SetAllDark();
            FrontEndCheck dark = core.Acquirer.CaptureDark(hw.Sim.ChannelCount);
            if (dark.Status != FrontEndStatus.Ok)
            {
                return "dark capture: " + dark.Describe();
            }

            hw.Sim.LightSource = fixture;
            string problem = Send(hw, core, "cal fixture " + Fixture) ?? Send(hw, core, "cal trace " + Traceability)
                ?? Send(hw, core, "cal begin " + serial + " " + Format.Fixed(fixture.SourceDbm, 2) + " " + date);
            bool any = false;
            for (double db = 0; problem == null && db <= 70; db += any ? StepDb : StepDb / 2)
            {
                fixture.SetAttenuationDb(db);
                string refusal = Send(hw, core, "cal step " + Format.Fixed(db, 2));
                for (int retry = 0; retry < 3 && refusal != null && refusal.IndexOf("cal_unstable") >= 0; retry++)
                {
                    refusal = Send(hw, core, "cal step " + Format.Fixed(db, 2));
                }

                if (refusal != null && refusal.IndexOf("cal_no_light") >= 0 && any)
                {
                    break;
                }

                problem = refusal != null && (any || refusal.IndexOf("cal_saturated") < 0) ? refusal : null;
                any |= refusal == null;
            }

            return problem;
        }

        /// <summary>Sends one command line through the serial port; returns the error record it caused, or null.</summary>
        public static string Send(SimulatedHardware hw, ProbeCore core, string line)
        {
            int before = hw.Serial.Count;
            byte[] bytes = new byte[line.Length + 1];
            for (int i = 0; i < line.Length; i++)
            {
                bytes[i] = (byte)line[i];
            }

            bytes[line.Length] = (byte)'\n';
            hw.Serial.Send(bytes);
            CommandAction action;
            while (core.Commands.Next(out action))
            {
                core.Commands.Finish();
            }
            for (int i = before; i < hw.Serial.Count; i++)
            {
                string record = hw.Serial.LineAt(i);
                // The notice that a new calibration dropped the reference is not a refusal.
                if (record.IndexOf("\"type\":\"error\"") >= 0 && record.IndexOf("\"code\":\"reference_cleared\"") < 0)
                {
                    return record;
                }
            }

            return null;
        }
    }
}
