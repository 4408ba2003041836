using System;
using MpoProbe.Core;
#if NANOFRAMEWORK_1_0
using nanoFramework.TestFramework;
#else
using Microsoft.VisualStudio.TestTools.UnitTesting;
#endif

namespace MpoProbe.Tests
{
    [TestClass]
    public class HeadAndBatteryTests
    {
        [TestMethod]
        public void EveryHeadIsRecognisedWithinFivePercentResistorAndSupplyError()
        {
            for (int i = 0; i < HeadIdentification.Positions.Length; i++)
            {
                double nominal = HeadIdentification.NominalVolts(i);
                Check.Equal(HeadIdentification.Positions[i], HeadIdentification.Identify(nominal * 0.95), "head " + i.ToString() + " at −5 %");
                Check.Equal(HeadIdentification.Positions[i], HeadIdentification.Identify(nominal * 1.05), "head " + i.ToString() + " at +5 %");
                Check.True(nominal > FrontEndDesign.WindowLowVolts && nominal < FrontEndDesign.WindowHighVolts, "inside the ADC window");
            }
        }

        [TestMethod]
        public void OpenOrShortedPinIsNoHead()
        {
            Check.Equal(0, HeadIdentification.Identify(3.3), "open pin");
            Check.Equal(0, HeadIdentification.Identify(0.02), "shorted pin");
        }

        [TestMethod]
        public void BatteryPercentFollowsTheCell()
        {
            Check.Equal(0, BatteryGauge.Percent(3.2), "empty");
            Check.Equal(50, BatteryGauge.Percent(3.70), "mid");
            Check.Equal(100, BatteryGauge.Percent(4.25), "full");
            Check.True(BatteryGauge.Percent(3.8) > BatteryGauge.Percent(3.65), "monotonic");
        }
    }
}
