namespace MpoProbe.Core
{
    /// <summary>
    /// What a fiber type implies (shared/domain.md, "How it is measured"): multimode is tested at
    /// 850 nm (1300 nm optional) with the Si head, single-mode at 1310/1550 nm with the InGaAs
    /// head (responsivity follows the wavelength, <see cref="FrontEndDesign.ResponsivityAmpsPerWatt"/>).
    /// The default limit is the TIA-568 connector pair (Standard, 0.75 dB) for all four; a job
    /// that needs Elite or a budget sets it afterwards.
    /// </summary>
    public static class FiberProfiles
    {
        private static readonly Wavelength[] Multimode = { Wavelength.Nm850, Wavelength.Nm1300 };
        private static readonly Wavelength[] Wideband = { Wavelength.Nm850 };
        private static readonly Wavelength[] SingleMode = { Wavelength.Nm1310, Wavelength.Nm1550 };

        /// <summary>Wavelengths the probe tests this fiber at; the first is the default.</summary>
        public static Wavelength[] Wavelengths(FiberType type)
        {
            return type == FiberType.OS2 ? SingleMode : (type == FiberType.OM5 ? Wideband : Multimode);
        }

        /// <summary>True when <paramref name="wavelength"/> is one of the fiber's test wavelengths.</summary>
        public static bool Allows(FiberType type, Wavelength wavelength)
        {
            Wavelength[] all = Wavelengths(type);
            for (int i = 0; i < all.Length; i++)
            {
                if (all[i] == wavelength)
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary>Applies the profile: fiber type, its first wavelength, the default limit.</summary>
        public static void Apply(FiberType type, InspectionSettings settings)
        {
            settings.Fiber = type;
            settings.Wavelength = Wavelengths(type)[0];
            settings.Limit = LimitProfile.Standard;
        }

        // Named once: a literal executes as a new string on the interpreter, and this runs on every button cycle (docs/core.md, "Memory on the device").
        private static readonly string Om3Name = "OM3";
        private static readonly string Om4Name = "OM4";
        private static readonly string Om5Name = "OM5";
        private static readonly string Os2Name = "OS2";

        /// <summary>"OM3", "OM4", "OM5" or "OS2".</summary>
        public static string Name(FiberType type)
        {
            switch (type)
            {
                case FiberType.OM3: return Om3Name;
                case FiberType.OM4: return Om4Name;
                case FiberType.OM5: return Om5Name;
                default: return Os2Name;
            }
        }
    }
}
