using System;

namespace MpoProbe.Core
{
    /// <summary>The menu (long press): set reference, limit, layout, wavelength of the fiber, expected polarity; each change saved at once.</summary>
    public sealed partial class ProbeWorkflow
    {
        private void OpenMenu()
        {
            State = ProbeState.Menu;
            _menuIndex = 0;
            ShowMenu();
        }

        private void ShowMenu()
        {
            MenuItems.Build(_core.Settings, _menu);
            _core.Screens.Menu(_menu, _menuIndex);
            _do.Show();
        }

        private void SelectMenu()
        {
            InspectionSettings s = _core.Settings;
            switch (_menuIndex)
            {
                case 0:
                    Go(_reference.Connect());
                    return;
                case 1:
                    s.Limit = s.Limit == LimitProfile.Elite ? LimitProfile.Standard : LimitProfile.Elite;
                    break;
                case 2:
                    s.Layout = MpoLayout.FromId(NextLayout(s.Layout.Id, _core.SelfTest.FittedHead));
                    break;
                case 3:
                    Wavelength[] allowed = FiberProfiles.Wavelengths(s.Fiber);
                    s.Wavelength = allowed[0] == s.Wavelength && allowed.Length > 1 ? allowed[1] : allowed[0];
                    break;
                case 4:
                    PolarityType[] types = PolarityTemplates.For(s.Layout);
                    int at = 0;
                    while (at < types.Length && types[at] != s.ExpectedPolarity)
                    {
                        at++;
                    }

                    s.ExpectedPolarity = types[(at + 1) % types.Length];
                    break;
                default:
                    Ready();
                    return;
            }

            _do.SettingsChanged();
            ShowMenu();
        }

        /// <summary>
        /// The layout after <paramref name="id"/> that a fitted head of <paramref name="head"/> positions
        /// measures (every layout while no head is known): the menu never leads to WRONG HEAD, whose press
        /// only retries (a review, 2026-12-04: a dead end short of serial or a reboot).
        /// </summary>
        private static LayoutId NextLayout(LayoutId id, int head)
        {
            LayoutId next = id;
            for (int i = 0; i < 5; i++)
            {
                next = next == LayoutId.Mpo8 ? LayoutId.Mpo12 : (next == LayoutId.Mpo12 ? LayoutId.Mpo16 : (next == LayoutId.Mpo16 ? LayoutId.Mpo24 : (next == LayoutId.Mpo24 ? LayoutId.Mpo32 : LayoutId.Mpo8)));
                if (head == 0 || HeadRules.Fits(head, next))
                {
                    return next;
                }
            }

            return id;
        }
    }
}
