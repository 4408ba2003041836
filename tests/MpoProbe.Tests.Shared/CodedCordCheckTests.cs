using MpoProbe.Core;
using MpoProbe.Simulation;
#if NANOFRAMEWORK_1_0
using nanoFramework.TestFramework;
#else
using Microsoft.VisualStudio.TestTools.UnitTesting;
#endif

namespace MpoProbe.Tests
{
    /// <summary>
    /// <c>verify</c> and the job's re-check through a coded source (docs/workflow.md): the cord is
    /// measured the way the reference was taken, through the source's averaged sync windows. A plain
    /// acquisition reads a coded source as dark (it is lit only in its slots), so before this both
    /// checks failed on every position of a good cord.
    /// </summary>
    [TestClass]
    public class CodedCordCheckTests
    {
        /// <summary>An MPO-12 probe whose reference was taken through a coded source at −20 dBm.</summary>
        private static SimulatedProbe ProbeWithCodedReference(uint seed, out ProbeActions actions)
        {
            SimulatedProbe probe = new SimulatedProbe(MpoLayout.Mpo12, seed);
            probe.Attach(Source(-20.0));
            Check.True(probe.TakeCodedReference(), "coded reference taken");
            actions = new ProbeActions(probe.Core);
            return probe;
        }

        /// <summary>The reference cord through a coded source at <paramref name="dbm"/> on every position (monitor 0).</summary>
        private static SimulatedCodedSource Source(double dbm)
        {
            return Source(dbm, 0);
        }

        /// <summary>As above, the source's monitor reporting <paramref name="monitorDb"/>.</summary>
        private static SimulatedCodedSource Source(double dbm, double monitorDb)
        {
            SimulatedCodedSource source = new SimulatedCodedSource(12, dbm, true);
            source.MonitorOffsetDb = monitorDb;
            source.StartOffsetMicroseconds = 211111;
            for (int p = 1; p <= 12; p++)
            {
                source.Route(p, p, 1.0);
            }

            return source;
        }

        [TestMethod]
        public void VerifyThroughACodedSourceMeasuresEveryPositionOfTheCord()
        {
            ProbeActions actions;
            SimulatedProbe probe = ProbeWithCodedReference(961, out actions);
            probe.Attach(Source(-20.0));
            Check.True(actions.VerifyReference(), "the same cord through the same source passes: " + probe.Core.Verification.Describe());
            Check.Equal(12, probe.Core.Verification.Count, "every position compared");
            Check.Near(0, probe.Core.Verification.WorstChangeDb, 0.05, "a small change, not a dark position");
        }

        [TestMethod]
        public void ASourceChangeTheMonitorReportsIsTakenOutOfTheRecheckAndOneItMissedIsNot()
        {
            ProbeActions actions;
            SimulatedProbe probe = ProbeWithCodedReference(964, out actions);
            probe.Attach(Source(-19.5, 0.5));
            Check.True(actions.Recheck(), "0.5 dB brighter and the monitor says so: the cord did not change");
            Check.Near(0, actions.LastRecheckChangeDb, 0.05, "the change less the monitor's");
            probe.Attach(Source(-19.0, 0.5));
            Check.False(actions.Recheck(), "1.0 dB brighter, the monitor says 0.5: the rest is not the source's");
            Check.Near(0.5, actions.LastRecheckChangeDb, 0.1, "the unexplained 0.5 dB");
        }

        [TestMethod]
        public void ThroughAMonitorTheMeansLimitCarriesTheMonitorsResidualAndNoDrift()
        {
            ProbeActions actions;
            SimulatedProbe probe = ProbeWithCodedReference(965, out actions);
            probe.Sim.AdvanceMinutes(FieldFigures.JobMinutes);
            probe.Attach(Source(-19.5, 0.5));
            Check.True(actions.Recheck(), "8 h on, 0.5 dB brighter and the monitor says so: passed");
            UncertaintyBudget budget = probe.Core.Inspector.Budget;
            double sigma = RecheckMean.SigmaDb(budget.Mating, budget.MatingSigmaDb, probe.Reference.Matings, 12, UncertaintyBudget.MonitorResidualDb(0.5));
            Check.Near(RecheckMean.LimitDb(sigma, 0), actions.LastRecheckMeanLimitDb, 0.003, "the monitor's residual for a 0.5 dB correction, no drift rectangle after 8 h");
        }

        [TestMethod]
        public void WithListeningOnAPlainSourceIsStillMeasuredPlainly()
        {
            SimulatedProbe probe = new SimulatedProbe(MpoLayout.Mpo12, 963);
            probe.LightUsed(-20.0);
            probe.TakeReferenceNow();
            ProbeActions actions = new ProbeActions(probe.Core);
            Check.True(actions.ListenForCodedSource, "listening is the default");
            Check.True(actions.VerifyReference(), "no coded source heard: a plain acquisition, the same cord passes");
            Check.Equal(12, probe.Core.Verification.Count, "every position compared");
            probe.LightUsed(-20.6);
            Check.False(actions.Recheck(), "the plain source 0.6 dB dimmer fails the re-check");
            Check.Near(-0.6, actions.LastRecheckChangeDb, 0.1, "about −0.6 dB");
        }

        [TestMethod]
        public void RecheckThroughACodedSourcePassesUnmovedAndFailsWhenTheSourceDimmed()
        {
            ProbeActions actions;
            SimulatedProbe probe = ProbeWithCodedReference(962, out actions);
            probe.Attach(Source(-20.0));
            Check.True(actions.Recheck(), "nothing moved: passed (change " + Format.Db(actions.LastRecheckChangeDb) + " dB)");
            Check.Near(0, actions.LastRecheckChangeDb, 0.05, "the largest change is small");
            probe.Attach(Source(-20.6));
            Check.False(actions.Recheck(), "the source 0.6 dB dimmer: failed");
            Check.Near(-0.6, actions.LastRecheckChangeDb, 0.1, "about −0.6 dB");
            Check.False(probe.Reference.IsValid, "the reference is dropped");
        }
    }
}
