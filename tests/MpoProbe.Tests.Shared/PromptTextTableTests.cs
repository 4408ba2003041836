using MpoProbe.Core;
#if NANOFRAMEWORK_1_0
using nanoFramework.TestFramework;
#else
using Microsoft.VisualStudio.TestTools.UnitTesting;
#endif

namespace MpoProbe.Tests
{
    /// <summary>
    /// Every prompt's words, exactly as the technician reads them and the log names them (Stryker
    /// survivors in the <see cref="Prompts"/> text tables): title, action line, positions label,
    /// what a short press does, and the log name. One row per <see cref="PromptKind"/>, in enum order;
    /// a new prompt must add its row here.
    /// </summary>
    [TestClass]
    public class PromptTextTableTests
    {
        private const int Kinds = (int)PromptKind.BrightReference + 1;

        private static readonly string[] Titles =
        {
            "OK", "CLEAN", "RESEAT", "RE-CHECK", "RE-REF", "DARK FIBER", "NO LIGHT", "LAYOUT?",
            "TOO BRIGHT", "NO REF", "POLARITY", "RE-MATE", "RE-CHECK", "RE-REF", "GAIN?"
        };

        private static readonly string[] Actions =
        {
            "NOTHING TO DO", "CONNECTOR + ADAPTER", "CLEAN, RESEAT PLUG", "CLEAN, RE-INSPECT", "SET A NEW REFERENCE",
            "CHECK BREAK/MISSING", "SOURCE ON? CONNECTED?", "CHECK LAYOUT SETTING", "ATTENUATE SOURCE", "SET A REFERENCE",
            "CHECK TRUNK POLARITY", "UNPLUG, REPLUG LINK", "FIT THE REF CORD", "CLEAN CORD, NEW REF", "ATTENUATE, NEW REF"
        };

        private static readonly string[] Labels =
        {
            "AT:", "DIRTY:", "UNSTABLE:", "NEAR LIMIT:", "SHIFTED:", "DARK:", "AT:", "LIT:",
            "OVER:", "AT:", "AT:", "AT:", "AT:", "REF WEAK:", "UNPROVEN:"
        };

        private static readonly string[] Presses =
        {
            "PRESS: RE-INSPECT", "PRESS: RE-INSPECT", "PRESS: RE-INSPECT", "PRESS: RE-INSPECT", "PRESS: SET REFERENCE",
            "PRESS: RE-INSPECT", "PRESS: RE-INSPECT", "PRESS: RE-INSPECT", "PRESS: RE-INSPECT", "PRESS: SET REFERENCE",
            "PRESS: RE-INSPECT", "PRESS: RE-INSPECT", "PRESS: RE-CHECK", "PRESS: SET REFERENCE", "PRESS: SET REFERENCE"
        };

        private static readonly string[] Names =
        {
            "none", "clean", "clean_reseat", "marginal_clean", "re_reference", "check_break", "check_source", "check_layout",
            "attenuate", "set_reference", "check_polarity", "remate", "recheck", "weak_reference", "bright_reference"
        };

        [TestMethod]
        public void EveryPromptHasARowInEachTable()
        {
            Check.Equal(Kinds, Titles.Length, "titles");
            Check.Equal(Kinds, Actions.Length, "actions");
            Check.Equal(Kinds, Labels.Length, "labels");
            Check.Equal(Kinds, Presses.Length, "presses");
            Check.Equal(Kinds, Names.Length, "names");
        }

        [TestMethod]
        public void TitlesAreExactAndFitTheDoubleSizeLine()
        {
            for (int i = 0; i < Kinds; i++)
            {
                string title = Prompts.Title((PromptKind)i);
                Check.Equal(Titles[i], title, "title of " + Names[i]);
                Check.True(title.Length <= 10, "title of " + Names[i] + " fits 10 characters");
            }
        }

        [TestMethod]
        public void ActionsAreExactAndFitOneLine()
        {
            for (int i = 0; i < Kinds; i++)
            {
                string action = Prompts.Action((PromptKind)i);
                Check.Equal(Actions[i], action, "action of " + Names[i]);
                Check.True(action.Length <= 21, "action of " + Names[i] + " fits 21 characters");
            }
        }

        [TestMethod]
        public void PositionLabelsAreExact()
        {
            for (int i = 0; i < Kinds; i++)
            {
                Check.Equal(Labels[i], Prompts.PositionsLabel((PromptKind)i), "positions label of " + Names[i]);
            }
        }

        [TestMethod]
        public void ThePressSaysWhatItDoes()
        {
            for (int i = 0; i < Kinds; i++)
            {
                Check.Equal(Presses[i], Prompts.PressAction((PromptKind)i), "press of " + Names[i]);
            }
        }

        [TestMethod]
        public void LogNamesAreExact()
        {
            for (int i = 0; i < Kinds; i++)
            {
                Check.Equal(Names[i], Prompts.Name((PromptKind)i), "log name of prompt " + i.ToString());
            }
        }
    }
}
