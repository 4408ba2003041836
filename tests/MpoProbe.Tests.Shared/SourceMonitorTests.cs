using System;
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
    /// The coded source's monitor field end to end (docs/source-protocol.md, docs/uncertainty.md):
    /// simulated source → frame → scanner → reference → correction of the loss and the budget's
    /// source term. Ideal bench (no field): the source changes only as each test says.
    /// </summary>
    [TestClass]
    public class SourceMonitorTests
    {
        private const double LinkLossDb = 0.2;

        /// <summary>An MPO-12 probe with a reference taken through a coded source at −20 dBm (monitor 0).</summary>
        private static SimulatedProbe ProbeWithCodedReference(uint seed)
        {
            SimulatedProbe probe = new SimulatedProbe(MpoLayout.Mpo12, seed);
            probe.Attach(Source(-20.0, 0, 0.0));
            Check.True(probe.TakeCodedReference(), "coded reference taken");
            Check.Near(0.0, probe.Reference.MonitorDb, 1e-9, "the reference records the source's monitor value");
            return probe;
        }

        /// <summary>A coded source at <paramref name="dbm"/>, identity routes through a 0.2 dB link, whose monitor reports <paramref name="monitorDb"/>.</summary>
        private static SimulatedCodedSource Source(double dbm, double lossDb, double monitorDb)
        {
            SimulatedCodedSource source = new SimulatedCodedSource(12, dbm, true);
            source.StartOffsetMicroseconds = 123457;
            for (int p = 1; p <= 12; p++)
            {
                source.Route(p, p, Math.Pow(10.0, -lossDb / 10.0));
            }

            source.MonitorOffsetDb = monitorDb;
            return source;
        }

        [TestMethod]
        public void DriftTheMonitorReportsIsAddedToTheLoss()
        {
            SimulatedProbe probe = ProbeWithCodedReference(801);
            probe.Attach(Source(-19.7, LinkLossDb, 0.3));
            probe.InspectCoded();
            InspectionResult r = probe.Inspector.Result;
            Check.True(r.SourceCorrectionState == SourceCorrection.Applied, "applied: " + SourceCorrectionText.Name(r.SourceCorrectionState));
            Check.Near(0.30, r.SourceCorrectionDb, 0.006, "correction = monitor now − monitor at the reference (+0.30 dB: brighter)");
            for (int p = 1; p <= 12; p++)
            {
                Check.Near(LinkLossDb, r.LossDb(p), 0.03, "position " + p.ToString() + ": the true 0.20 dB, not 0.20 − 0.30");
            }

            Check.False(r.ReReference, "a shift the monitor explains is corrected, not a RE-REFERENCE");
            Check.Equal(Verdict.Pass, r.Overall, "PASS holds");
        }

        [TestMethod]
        public void ADimmerSourceIsCorrectedTheOtherWay()
        {
            SimulatedProbe probe = ProbeWithCodedReference(802);
            probe.Attach(Source(-20.4, LinkLossDb, -0.4));
            probe.InspectCoded();
            InspectionResult r = probe.Inspector.Result;
            Check.Near(-0.40, r.SourceCorrectionDb, 0.006, "dimmer: negative correction");
            Check.Near(LinkLossDb, r.LossDb(5), 0.03, "the true loss, not 0.20 + 0.40");
        }

        [TestMethod]
        public void AMisreadMonitorWordIsRefusedNotApplied()
        {
            SimulatedProbe probe = ProbeWithCodedReference(803);
            SimulatedCodedSource source = Source(-19.7, LinkLossDb, 0.3);
            source.MonitorCorruptMask = 1 << 2; // one bit of the value flipped after the check was computed
            probe.Attach(source);
            PolarityMap map = probe.InspectCoded();
            InspectionResult r = probe.Inspector.Result;
            Check.True(map.MonitorStatus == SourceMonitorStatus.CheckFailed, "the CRC-4 catches the misread bit");
            Check.True(r.SourceCorrectionState == SourceCorrection.MonitorCheckFailed, "logged as monitor_check_failed: " + SourceCorrectionText.Name(r.SourceCorrectionState));
            Check.Near(0.0, r.SourceCorrectionDb, 1e-12, "nothing applied");
            Check.Near(LinkLossDb - 0.3, r.LossDb(5), 0.03, "the loss as measured, uncorrected");
        }

        [TestMethod]
        public void TheBudgetHoldsTheMonitorResidualOnlyWhenACorrectionIsApplied()
        {
            SimulatedProbe probe = ProbeWithCodedReference(804);
            probe.Sim.AdvanceMinutes(FieldFigures.JobMinutes);
            probe.Attach(Source(-19.7, LinkLossDb, 0.3));
            probe.InspectCoded();
            UncertaintyBudget budget = probe.Inspector.Budget;
            double residual = UncertaintyBudget.MonitorResidualDb(probe.Inspector.Result.SourceCorrectionDb);
            Check.Near(residual, budget.SourceDb, 1e-12, "corrected: the source term is the monitor's residual");
            double tracking = (FieldFigures.MonitorTrackingDb + (FieldFigures.MonitorRatioError * 0.30)) / FieldFigures.Sqrt3;
            double q = SourceMonitorWord.StepDb / Math.Sqrt(12.0);
            Check.Near(Math.Sqrt((tracking * tracking) + (2 * q * q) + (FieldFigures.SourceShortTermDb * FieldFigures.SourceShortTermDb)), residual, 1e-12, "tracking, slope, two quantisations, short term");

            SimulatedCodedSource silent = Source(-19.7, LinkLossDb, 0.3);
            silent.HasMonitor = false;
            probe.Attach(silent);
            probe.InspectCoded();
            Check.True(probe.Inspector.Result.SourceCorrectionState == SourceCorrection.MonitorNoValue, "no monitor value: monitor_no_value");
            Check.Near(budget.SourceTermDb(FieldFigures.JobMinutes), budget.SourceDb, 1e-12, "without a correction the age-based term (8 h) is back");
            Check.True(budget.SourceDb > 2 * residual, "and it is the wider one");
        }

        [TestMethod]
        public void AReferenceWithoutMonitorGivesNoCorrection()
        {
            SimulatedProbe probe = new SimulatedProbe(MpoLayout.Mpo12, 805);
            probe.TakeReference(-20.0);
            probe.Attach(Source(-19.7, LinkLossDb, 0.3));
            probe.InspectCoded();
            Check.True(probe.Inspector.Result.SourceCorrectionState == SourceCorrection.ReferenceWithoutMonitor, "reference_without_monitor");
            Check.Near(0.0, probe.Inspector.Result.SourceCorrectionDb, 1e-12, "nothing applied");
        }

        [TestMethod]
        public void AShiftTheMonitorDoesNotExplainStillAsksForANewReference()
        {
            SimulatedProbe probe = ProbeWithCodedReference(806);
            probe.Attach(Source(-19.4, LinkLossDb, 0.0)); // 0.6 dB brighter light, the monitor saw nothing
            probe.InspectCoded();
            Check.True(probe.Inspector.Result.ReReference, "an unexplained whole-connector shift is RE-REFERENCE");
        }
    }
}
