namespace MpoProbe.Core
{
    /// <summary>Test wavelengths; the value is the wavelength in nanometres.</summary>
    public enum Wavelength
    {
        /// <summary>850 nm, multimode.</summary>
        Nm850 = 850,

        /// <summary>1300 nm, multimode (optional second window).</summary>
        Nm1300 = 1300,

        /// <summary>1310 nm, single-mode.</summary>
        Nm1310 = 1310,

        /// <summary>1550 nm, single-mode.</summary>
        Nm1550 = 1550
    }
}
