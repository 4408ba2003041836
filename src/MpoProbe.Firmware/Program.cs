using System.Device.Adc;
using System.Device.Gpio;
using System.Threading;
using MpoProbe.Core;
using nanoFramework.Hardware.Esp32;

namespace MpoProbe.Firmware
{
    /// <summary>
    /// The composition root: routes the I2C and UART pins, builds the ESP32 adapters, the Core
    /// pipeline and the workflow, then runs the main loop (button edges, long-press timing,
    /// serial commands) forever.
    /// </summary>
    public static class Program
    {
        /// <summary>Starts the probe.</summary>
        public static void Main()
        {
            Configuration.SetPinFunction(Pins.I2cData, DeviceFunction.I2C1_DATA);
            Configuration.SetPinFunction(Pins.I2cClock, DeviceFunction.I2C1_CLOCK);
            Configuration.SetPinFunction(Pins.I2c2Data, DeviceFunction.I2C2_DATA);
            Configuration.SetPinFunction(Pins.I2c2Clock, DeviceFunction.I2C2_CLOCK);
            Configuration.SetPinFunction(Pins.LogTx, DeviceFunction.COM2_TX);
            Configuration.SetPinFunction(Pins.LogRx, DeviceFunction.COM2_RX);

            GpioController gpio = new GpioController();
            ProbeHardware hardware = new ProbeHardware(new AdcController(), new Clock());
            ProbeCore core = new ProbeCore(hardware);

            // Nothing on the device reads the drawn elements (the layout check is for tests): no record (docs/core.md).
            core.Frame.KeepsElements = false;
            ProbeWorkflow workflow = new ProbeWorkflow(core);
            ButtonAdapter button = new ButtonAdapter(gpio);
            workflow.Start();
            while (true)
            {
                bool pressed;
                while (button.TryTake(out pressed))
                {
                    workflow.OnEdge(pressed);
                }

                workflow.Tick();
                Thread.Sleep(10);
            }
        }
    }
}
