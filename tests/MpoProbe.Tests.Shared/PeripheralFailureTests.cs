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
    /// A peripheral that throws (the ESP32 adapters do: Ads7138.Read on a failed I2C
    /// transfer, File.ReadAllText on a flash error) ends in a fault or error screen and a log record,
    /// not in an exception out of the workflow: Program's main loop has no catch, so one escaping
    /// exception ends the firmware.
    /// </summary>
    [TestClass]
    public class PeripheralFailureTests
    {
        [TestMethod]
        public void ConverterReadErrorDuringAnInspectionStaysInTheWorkflow()
        {
            SimulatedHardware inner = new SimulatedHardware(1311);
            ThrowingHardware hw = new ThrowingHardware(inner);
            ProbeCore core = new ProbeCore(hw);
            ProbeWorkflow flow = new ProbeWorkflow(core);
            flow.Actions.ListenForCodedSource = false;
            inner.Sim.SetAllDark();
            core.Acquisition.DarkSamples = TestSize.Pick(core.Acquisition.DarkSamples, SimulatedProbe.DeviceTestDarkSamples);
            flow.Start();
            inner.Light(-20, SimulatedProbe.Losses(12, 0));
            flow.Handle(ButtonEvent.LongPress);
            flow.Handle(ButtonEvent.LongPress);
            flow.Handle(ButtonEvent.ShortPress);
            Check.True(flow.State == ProbeState.Ready && core.Reference.IsValid, "reference set");
            inner.Light(-20, SimulatedProbe.Losses(12, 0.2));
            hw.Front.ThrowAfterReads = 200;
            string escaped = null;
            try
            {
                flow.Handle(ButtonEvent.ShortPress);
            }
            catch (Exception e)
            {
                escaped = e.Message;
            }

            Check.True(escaped == null, "an ADC read error mid-inspection escapes the workflow: " + escaped);
            Check.True(WorkflowFixture.Logged(inner, "\"code\":\"hardware_error\""), "the error is logged");
            Check.False(WorkflowFixture.Logged(inner, "\"type\":\"inspection\""), "and nothing it measured stands as a result");
            Check.True(flow.State == ProbeState.Error, "the error is on the screen");
            hw.Front.ThrowAfterReads = -1;
            flow.Handle(ButtonEvent.ShortPress);
            flow.Handle(ButtonEvent.ShortPress);
            Check.True(WorkflowFixture.Logged(inner, "\"type\":\"inspection\""), "a press goes on, and the next inspection runs");
        }

        [TestMethod]
        public void FlashReadErrorAtBootStaysInTheWorkflow()
        {
            SimulatedHardware hw = new SimulatedHardware(1312);
            hw.UseStorage(new ReadFailingStorage(hw.Files));
            string escaped = null;
            ProbeWorkflow flow = null;
            try
            {
                ProbeCore core = new ProbeCore(hw);
                flow = new ProbeWorkflow(core);
                flow.Actions.ListenForCodedSource = false;
                hw.Sim.SetAllDark();
                flow.Start();
            }
            catch (Exception e)
            {
                escaped = e.Message;
            }

            Check.True(escaped == null, "a flash read error at boot escapes before any screen: " + escaped);
            Check.True(WorkflowFixture.Logged(hw, "\"code\":\"storage_read_failed\""), "the boot names what it could not read");
        }

        /// <summary>A storage whose reads fail as File.ReadAllText does on a damaged LittleFS.</summary>
        private sealed class ReadFailingStorage : IStorage
        {
            private readonly IStorage _inner;

            public ReadFailingStorage(IStorage inner)
            {
                _inner = inner;
            }

            public string Read(string name)
            {
                throw new System.IO.IOException("read " + name + " failed");
            }

            public void Write(string name, string text) => _inner.Write(name, text);

            public void Replace(string from, string to) => _inner.Replace(from, to);

            public void Append(string name, string text) => _inner.Append(name, text);

            public void Append(string name, byte[] data, int offset, int count) => _inner.Append(name, data, offset, count);

            public void Delete(string name) => _inner.Delete(name);
        }

        /// <summary>A front end whose reads throw after a count, as Ads7138.Read does on a failed transfer.</summary>
        private sealed class ThrowingFrontEnd : IPhotodiodeFrontEnd
        {
            private readonly IPhotodiodeFrontEnd _inner;

            public ThrowingFrontEnd(IPhotodiodeFrontEnd inner)
            {
                _inner = inner;
            }

            public int ThrowAfterReads { get; set; } = -1;

            public int ChannelCount => _inner.ChannelCount;

            public void Select(int channel, int range) => _inner.Select(channel, range);

            public void Settle(int microseconds) => _inner.Settle(microseconds);

            public int Read()
            {
                if (ThrowAfterReads == 0)
                {
                    throw new InvalidOperationException("ADS7138 read failed: transfer status 2");
                }

                if (ThrowAfterReads > 0)
                {
                    ThrowAfterReads--;
                }

                return _inner.Read();
            }
        }

        private sealed class ThrowingHardware : IProbeHardware
        {
            private readonly SimulatedHardware _hw;

            public ThrowingHardware(SimulatedHardware hw)
            {
                _hw = hw;
                Front = new ThrowingFrontEnd(hw.FrontEnd);
            }

            public ThrowingFrontEnd Front { get; }

            public IPhotodiodeFrontEnd FrontEnd => Front;

            public IMicrosecondClock Clock => _hw.Clock;

            public IDisplay Display => _hw.Display;

            public ILogPort Port => _hw.Port;

            public IStorage Storage => _hw.Storage;

            public bool HeadPresent => _hw.HeadPresent;

            public int HeadPositions => _hw.HeadPositions;

            public string HeadSerial => _hw.HeadSerial;

            public ICheckInputs CheckInputs => _hw.CheckInputs;

            public int BatteryPercent => _hw.BatteryPercent;
        }
    }
}
