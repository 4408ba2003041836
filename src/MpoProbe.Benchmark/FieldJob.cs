using MpoProbe.Core;
using MpoProbe.Simulation;

namespace MpoProbe.Benchmark
{
    /// <summary>The steps a healthy field population repeats: a probe's reference at the start of a job, and the job's clock between inspections.</summary>
    internal static class FieldJob
    {
        /// <summary>Inspections per probe and job.</summary>
        public const int PerProbe = 50;

        /// <summary>
        /// The reference of a new MPO-12 probe in <paramref name="field"/>: the head accepted, a
        /// source drawn from −30 to −10 dBm after up to 30 minutes' warm-up, the cord mated,
        /// referenced and signed. Returns the source power, dBm.
        /// </summary>
        public static double TakeReference(SimulatedProbe probe, SimulatedField field, SimRandom random)
        {
            probe.Core.SelfTest.AcceptHead(MpoLayout.Mpo12);
            double source = random.Uniform(-30, -10);
            probe.Sim.AdvanceMinutes(random.Uniform(0, 30));
            field.Mate(probe.Sim, 12);
            probe.LightUsed(source);
            probe.TakeReferenceNow();
            probe.SignReference();
            return source;
        }

        /// <summary>Moves the job's clock to inspection <paramref name="i"/>'s time, spread over 7.9 h per probe; returns that time, hours since the reference.</summary>
        public static double Advance(SimulatedProbe probe, SimRandom random, int i, double hours)
        {
            double next = 7.9 * ((i % PerProbe) + random.Uniform(0, 1)) / PerProbe;
            probe.Sim.AdvanceMinutes((next - hours) * 60);
            return next;
        }
    }
}
