namespace MpoProbe.Tests
{
    /// <summary>
    /// Sweep sizes: full on the host, small on the device, where the interpreter runs the
    /// simulation sample by sample ≈ 30× slower on an ESP32 than the posix nanoCLR on an x86
    /// host (docs/firmware.md, "Device tests"). <c>DEVICE_TEST_SIZES</c> lets the host run the
    /// device sizes to measure them
    /// (<c>dotnet test tests/MpoProbe.Tests.Host -p:DeviceTestSizes=true</c>).
    /// </summary>
    public static class TestSize
    {
#if NANOFRAMEWORK_1_0 || DEVICE_TEST_SIZES
        /// <summary>True when the sweeps run at their device size.</summary>
        public const bool Device = true;
#else
        /// <summary>True when the sweeps run at their device size.</summary>
        public const bool Device = false;
#endif

        /// <summary>The host size or the device size of a sweep.</summary>
        public static int Pick(int host, int device)
        {
            return Device ? device : host;
        }
    }
}
