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
    /// <summary>The field uncertainty budget: which terms enter a loss, and the clean cycle's significance test built on it.</summary>
    [TestClass]
    public class FieldBudgetTests
    {
        private static Reference OnePositionReference(int range, double dbm, double uDb)
        {
            Reference reference = new Reference();
            reference.RestorePosition(1, true, dbm, uDb, range);
            reference.Seal(LayoutId.Mpo12, Wavelength.Nm850, 0, 0, 0);
            return reference;
        }

        private static double Loss(UncertaintyBudget budget, int referenceRange, int readingRange, double gainRatioDb)
        {
            Reference reference = OnePositionReference(referenceRange, -20.0, 0.004);
            ChannelReading reading = new Scan().At(1);
            reading.Set(ChannelStatus.Ok, readingRange, 1500, 16, -20.3, 0.004);
            return budget.LossStandardDb(reference, 1, reading, gainRatioDb, 10, 10, 20, Wavelength.Nm850);
        }

        [TestMethod]
        public void CrossRangeGainUncertaintyEntersOnlyWhenTheRangesDiffer()
        {
            UncertaintyBudget budget = new UncertaintyBudget();
            double same = Loss(budget, 7, 7, 0.05);
            Check.Near(0.0, budget.GainRatioDb, 1e-12, "same range: no gain-ratio term");
            double across = Loss(budget, 7, 8, 0.05);
            Check.Near(0.05, budget.GainRatioDb, 1e-12, "another range: the ratio's uncertainty");
            Check.Near(Math.Sqrt((same * same) + (0.05 * 0.05)), across, 1e-4, "added root-sum-square");
        }

        [TestMethod]
        public void MatingAndSourceDriftAreInTheBudget()
        {
            UncertaintyBudget budget = new UncertaintyBudget();
            budget.MatingSigmaDb = FieldFigures.MatingSigmaDb; // a fixed figure: the prior's upper bound is tested in MatingRepeatabilityTests
            Loss(budget, 7, 7, 0.01);
            Check.Near(0.05 * Math.Sqrt(2.0), budget.MatingDb, 1e-9, "two probe-port matings of σ 0.05 dB");
            Check.True(budget.SourceDb < 0.01, "10 minutes after the reference the drift term is small: " + budget.SourceDb.ToString("F4"));
            Check.Near(0.1 / Math.Sqrt(3.0), budget.SourceTermDb(480), 0.001, "after 8 h: ±0.1 dB rectangular");
            budget.MatingSigmaDb = 0.02;
            Loss(budget, 7, 7, 0.01);
            Check.Near(0.02 * Math.Sqrt(2.0), budget.MatingDb, 1e-9, "a measured mating figure replaces the default");
            Check.Throws(typeof(ArgumentOutOfRangeException), () => budget.MatingSigmaDb = 0.005, "below the floor");
        }

        [TestMethod]
        public void DarkDriftMattersAtLowPowerOnly()
        {
            double high = UncertaintyBudget.DarkTermDb(-20.0, 8, 480, Wavelength.Nm850);
            double low = UncertaintyBudget.DarkTermDb(-40.0, 17, 480, Wavelength.Nm850);
            Check.True(high < 0.005, "−20 dBm: " + high.ToString("F4"));
            Check.True(low > 0.02 && low < 0.1, "−40 dBm after a warm job: " + low.ToString("F4"));
            Check.Near(0.0, UncertaintyBudget.DarkTermDb(-40.0, 17, 0, Wavelength.Nm850), 1e-12, "no time since the dark capture, no drift");
        }

        private static InspectionResult Result(double lossDb, Verdict verdict, double measurementOnlyDb)
        {
            InspectionResult r = new InspectionResult();
            r.Begin(MpoLayout.Mpo12, Wavelength.Nm850, 0.75, 0.0);
            for (int p = 1; p <= 12; p++)
            {
                r.Set(p, Verdict.Pass, -20.2, 0.2, 0.05);
                r.SetBudget(p, 0.05, 0.15);
            }

            r.Set(4, verdict, -21.0, lossDb, 0.08);
            r.SetBudget(4, measurementOnlyDb, 0.24);
            r.Complete();
            return r;
        }

        [TestMethod]
        public void CleanSignificanceIsThreeReMateUncertainties()
        {
            Check.Near(3.0 * Math.Sqrt(0.0025 + 0.0016), CleanCycle.SignificantChangeDb(0.05, 0.04), 1e-12, "three standard deviations of a re-mate on both inspections");
            CleanCycle cycle = new CleanCycle();
            cycle.SetBefore(Result(1.20, Verdict.Fail, 0.05));
            cycle.Compare(Result(1.10, Verdict.Fail, 0.05));
            Check.True(cycle.OutcomeAt(4) == CleanOutcome.NoChange, "0.10 dB less is re-mating scatter (threshold 0.19 dB), not an improvement");
            cycle.SetBefore(Result(1.20, Verdict.Fail, 0.05));
            cycle.Compare(Result(0.95, Verdict.Fail, 0.05));
            Check.True(cycle.OutcomeAt(4) == CleanOutcome.ImprovedStillFail, "0.25 dB less is an improvement");
        }

        [TestMethod]
        public void RematedPassingPositionIsNotCalledWorse()
        {
            CleanCycle cycle = new CleanCycle();
            cycle.SetBefore(Result(0.20, Verdict.Pass, 0.05));
            cycle.Compare(Result(0.30, Verdict.Pass, 0.05));
            Check.True(cycle.OutcomeAt(4) != CleanOutcome.Worse, "+0.10 dB after a re-mate is scatter");
            cycle.SetBefore(Result(0.20, Verdict.Pass, 0.05));
            cycle.Compare(Result(0.45, Verdict.PassStar, 0.05));
            Check.True(cycle.OutcomeAt(4) == CleanOutcome.Worse, "+0.25 dB is worse (threshold 3 × √2 × 0.05 = 0.21 dB)");
        }

        [TestMethod]
        public void ReferenceNeverKeepsAnUnstablePower()
        {
            Scan scan = new Scan();
            for (int p = 1; p <= 12; p++)
            {
                scan.At(p).Set(ChannelStatus.Ok, 8, 1500, 16, -20.0, 0.004);
            }

            scan.At(3).Set(ChannelStatus.Unstable, 8, 1500, 90, -20.4, 0.02);
            Reference reference = new Reference();
            reference.Capture(scan, MpoLayout.Mpo12, 0, 0);
            Check.False(reference.HasPower(3), "UNSTABLE power not kept");
            Check.True(reference.PowerDbm(3) == 0 && reference.UncertaintyDb(3) == 0, "nor its uncertainty (both read 0)");
            Check.Near(-20.0, reference.PowerDbm(2), 1e-12, "a steady neighbour is kept");
        }

        [TestMethod]
        public void EveryTermEntersTheLossUncertaintyAsARootSumOfSquares()
        {
            Scan refScan = Flat(-20.0);
            Reference reference = new Reference();
            reference.Capture(refScan, MpoLayout.Mpo12, 0, 0);
            ChannelReading reading = new Scan().At(1);
            reading.Set(ChannelStatus.Ok, 12, 1500, 16, -42.0, 0.004); // another range: the gain ratio term applies
            UncertaintyBudget budget = new UncertaintyBudget();
            budget.MatingSigmaDb = FieldFigures.MatingSigmaDb;
            double total = budget.LossStandardDb(reference, 3, reading, 0.03, 240, 10, 240, Wavelength.Nm850);

            double uLin = FrontEndDesign.AdcLinearityUncertaintyDb;
            Check.Near(Math.Sqrt((0.002 * 0.002) + (0.004 * 0.004) + (uLin * uLin)), budget.ElectronicsDb, 1e-12, "electronics: both readings and the ADC linearity");
            Check.Near(0.03, budget.GainRatioDb, 1e-12, "gain ratio across ranges");
            double dRef = UncertaintyBudget.DarkTermDb(-20.0, 8, 10, Wavelength.Nm850);
            double dMeas = UncertaintyBudget.DarkTermDb(-42.0, 12, 240, Wavelength.Nm850);
            Check.True(dMeas > 10 * dRef && dRef > 0, "the dark term grows at low power and with time since the dark capture");
            Check.Near(Math.Sqrt((dRef * dRef) + (dMeas * dMeas)), budget.DarkDb, 1e-12, "dark: both readings");
            double excursion = FieldFigures.TemperatureExcursionC * 240.0 / FieldFigures.JobMinutes;
            double tempco = PowerUnits.DbPerRelative * FieldFigures.GainTempcoPerC * excursion / FieldFigures.Sqrt3;
            double stray = PowerUnits.DbPerRelative * Math.Pow(10.0, (FieldFigures.StrayLightDbm + 42.0) / 10.0) / FieldFigures.Sqrt3;
            Check.Near(Math.Sqrt((tempco * tempco) + (stray * stray)), budget.OtherDb, 1e-9, "gain tempco and stray light");
            Check.Near(Math.Sqrt((0.004 * 0.004) + (FieldFigures.MatingSigmaDb * FieldFigures.MatingSigmaDb) + (dMeas * dMeas)), budget.MeasurementOnlyDb, 1e-12, "the part a re-inspection does not share");
            double rss = Math.Sqrt((budget.ElectronicsDb * budget.ElectronicsDb) + (budget.GainRatioDb * budget.GainRatioDb) + (budget.MatingDb * budget.MatingDb)
                + (budget.SourceDb * budget.SourceDb) + (budget.DarkDb * budget.DarkDb) + (budget.OtherDb * budget.OtherDb));
            Check.Near(rss, total, 1e-12, "the combined uncertainty is the root sum of squares of every term");

            // Dark current and ADC offset drift add (both move the dark level the same way).
            double signalAmps = PowerUnits.DbmToWatts(-42.0) * FrontEndDesign.ResponsivityAmpsPerWatt(Wavelength.Nm850);
            double dT = excursion;
            double darkAmps = FrontEndDesign.DarkCurrentMaxAmps * (Math.Pow(2.0, dT / FieldFigures.DarkDoublingC) - 1.0);
            double offsetAmps = FieldFigures.AdcOffsetCodesPerC * dT * FrontEndDesign.AdcVoltsPerCode / FrontEndDesign.NominalTransimpedanceOhms(12);
            Check.Near(PowerUnits.DbPerRelative * (darkAmps + offsetAmps) / signalAmps / FieldFigures.Sqrt3, dMeas, 1e-12, "dark term");

            // The source and temperature terms stop growing after one job and never run backwards.
            Check.Near(budget.SourceTermDb(FieldFigures.JobMinutes), budget.SourceTermDb(10 * FieldFigures.JobMinutes), 1e-12, "capped at one job");
            Check.True(budget.SourceTermDb(FieldFigures.JobMinutes) > budget.SourceTermDb(FieldFigures.JobMinutes / 2), "grows within a job");
            Check.Near(budget.SourceTermDb(0), budget.SourceTermDb(-30), 1e-12, "a negative age counts as none");
        }

        private static Scan Flat(double dbm)
        {
            Scan scan = new Scan();
            for (int p = 1; p <= 12; p++)
            {
                scan.At(p).Set(ChannelStatus.Ok, 8, 1500, 16, dbm, 0.002);
            }

            return scan;
        }

        [TestMethod]
        public void ReferenceCheckMeasuresMatingOrCatchesABadCord()
        {
            Reference reference = new Reference();
            reference.Capture(Flat(-20.0), MpoLayout.Mpo12, 0, 0);
            UncertaintyBudget budget = new UncertaintyBudget();
            ReferenceVerification check = new ReferenceVerification();
            Scan remated = Flat(-20.0);
            for (int p = 1; p <= 12; p++)
            {
                remated.At(p).Set(ChannelStatus.Ok, 8, 1500, 16, -20.0 + ((p % 2) == 0 ? 0.12 : -0.12), 0.002);
            }

            Check.True(check.Verify(reference, remated, MpoLayout.Mpo12, budget), "±0.12 dB after a re-mate passes");
            Check.Near(0.12 / Math.Sqrt(2.0), check.MatingSigmaDb, 1e-9, "this re-mate's σ: rms change / √2");
            Check.Equal(1, budget.Mating.Remates, "one re-mate of evidence");
            Check.True(budget.MatingMeasured, "marked measured");
            // Pooled with the prior (σ₀ ≈ 0.034 dB, 1 + 1 degrees of freedom): common part (σ₀²/2) / 2,
            // per-fiber part (σ₀²/2 + 12 × 0.0144 / 2) / 12.
            double half = MatingRepeatability.PriorSigmaDb * MatingRepeatability.PriorSigmaDb / 2;
            Check.Near(Math.Sqrt((half / 2) + ((half + 0.0864) / 12)), budget.Mating.EstimateDb, 1e-9, "pooled estimate");
            Check.Near(budget.Mating.UpperDb, budget.MatingSigmaDb, 1e-12, "the budget uses the upper bound");
            Check.True(budget.MatingSigmaDb > budget.Mating.EstimateDb, "an estimate carries its own uncertainty");
            Check.True(check.Verify(reference, Flat(-20.0), MpoLayout.Mpo12, budget), "no change at all passes");
            Check.Equal(2, budget.Mating.Remates, "and is evidence too: it narrows");
            remated.At(6).Set(ChannelStatus.Ok, 8, 1500, 16, -20.4, 0.002);
            Check.False(check.Verify(reference, remated, MpoLayout.Mpo12, budget), "0.4 dB at 6 is a bad cord or port");
            Check.Equal(6, check.WorstPosition, "names position 6");
            Check.Equal(3, budget.Mating.Remates, "a failed check is still evidence of this cord's scatter");
            Check.Contains("6 (white)", check.Describe(), "message names the fiber");
            Scan dark = Flat(-20.0);
            dark.At(9).Set(ChannelStatus.NoLight, 8, 0, 16);
            Check.False(check.Verify(reference, dark, MpoLayout.Mpo12, budget), "a dark position after the re-mate fails the check");
            Check.Equal(9, check.WorstPosition, "and names it");
            Check.Equal(3, budget.Mating.Remates, "no evidence from a dark re-mate");
        }

        [TestMethod]
        public void UnstableAboveThreeAdcSigmasOfSpread()
        {
            Check.Equal(Verdict.Unstable, VerdictRules.ForReading(SteadyAt(60)), "spread 60 codes (> 3 × 16)");
            Check.Equal(Verdict.Pass, VerdictRules.ForReading(SteadyAt(40)), "spread 40 codes (< 3 × 16)");
        }

        private static ChannelReading SteadyAt(int halfSwingCodes)
        {
            AlternatingFrontEnd frontEnd = new AlternatingFrontEnd(2000, halfSwingCodes);
            Acquirer acquirer = new Acquirer(frontEnd, new AcquisitionSettings(), new DarkOffsets(), new GainCalibration());
            Scan scan = new Scan();
            acquirer.Acquire(1, Wavelength.Nm850, scan);
            return scan.At(1);
        }

        /// <summary>A front end whose codes alternate around a level: a known sample spread.</summary>
        private sealed class AlternatingFrontEnd : IPhotodiodeFrontEnd
        {
            private readonly int _level;
            private readonly int _swing;
            private int _count;

            public AlternatingFrontEnd(int level, int swing)
            {
                _level = level;
                _swing = swing;
            }

            public int ChannelCount => 1;

            public void Select(int channel, int range)
            {
            }

            public void Settle(int microseconds)
            {
            }

            public int Read()
            {
                _count++;
                return (_count % 2) == 0 ? _level + _swing : _level - _swing;
            }
        }
    }
}
