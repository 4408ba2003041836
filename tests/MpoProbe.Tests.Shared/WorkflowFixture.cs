using MpoProbe.Core;
using MpoProbe.Simulation;

namespace MpoProbe.Tests
{
    /// <summary>Boots the real workflow on simulated hardware and reads its log, for the workflow and field-habit tests.</summary>
    public static class WorkflowFixture
    {
        /// <summary>A calibrated probe booted with the port dark; coded-source listening off (tests that need it turn it on).</summary>
        public static ProbeWorkflow Boot(SimulatedHardware hw, out ProbeCore core)
        {
            core = new ProbeCore(hw);
            ProbeWorkflow flow = new ProbeWorkflow(core);
            flow.Actions.ListenForCodedSource = false;
            hw.Sim.SetAllDark();
            core.Acquisition.DarkSamples = TestSize.Pick(core.Acquisition.DarkSamples, SimulatedProbe.DeviceTestDarkSamples);
            flow.Start();
            return flow;
        }

        /// <summary>Sends one line through the serial port, runs it, and returns the log lines it wrote.</summary>
        public static string Send(SimulatedHardware hw, ProbeWorkflow flow, string line)
        {
            int before = hw.Serial.Count;
            byte[] bytes = new byte[line.Length + 1];
            for (int i = 0; i < line.Length; i++)
            {
                bytes[i] = (byte)line[i];
            }

            bytes[line.Length] = (byte)'\n';
            hw.Serial.Send(bytes);
            flow.Tick();
            string answer = string.Empty;
            for (int i = before; i < hw.Serial.Count; i++)
            {
                answer += hw.Serial.LineAt(i) + "\n";
            }

            return answer;
        }

        /// <summary>As <see cref="Boot"/>, with the clock set (a restart keeps the reference's age) and no re-mate asked.</summary>
        public static ProbeWorkflow BootWithClock(SimulatedHardware hw, out ProbeCore core)
        {
            ProbeWorkflow flow = Boot(hw, out core);
            core.UtcClock.Set(1790000000, core.NowMs);
            core.Settings.RemateEvery = 0;
            return flow;
        }

        /// <summary>Lights every fiber of an MPO-12 at <paramref name="lossDb"/> below <paramref name="dbm"/> and runs <paramref name="action"/>.</summary>
        public static void Run(SimulatedHardware hw, ProbeWorkflow flow, double dbm, double lossDb, CommandAction action)
        {
            hw.Light(dbm, SimulatedProbe.Losses(12, lossDb));
            flow.Command(action);
        }

        /// <summary>An MPO-12 whose fibers alternate <paramref name="low"/> and <paramref name="high"/> dB.</summary>
        public static double[] Alternating(double low, double high)
        {
            double[] losses = new double[12];
            for (int i = 0; i < 12; i++)
            {
                losses[i] = i % 2 == 0 ? low : high;
            }

            return losses;
        }

        /// <summary>True when any log line so far contains <paramref name="fragment"/>.</summary>
        public static bool Logged(SimulatedHardware hw, string fragment)
        {
            return Count(hw, fragment) > 0;
        }

        /// <summary>How many log lines so far contain <paramref name="fragment"/>.</summary>
        public static int Count(SimulatedHardware hw, string fragment)
        {
            int n = 0;
            for (int i = 0; i < hw.Serial.Count; i++)
            {
                n += hw.Serial.LineAt(i).IndexOf(fragment) >= 0 ? 1 : 0;
            }

            return n;
        }
    }
}
