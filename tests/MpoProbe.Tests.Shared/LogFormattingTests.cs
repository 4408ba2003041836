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
    /// <summary>The record buffer: numbers, escapes, nesting, overflow, and the results store's frame written from it.</summary>
    [TestClass]
    public class LogFormattingTests
    {
        private static string Fixed(double value, int decimals)
        {
            byte[] buffer = new byte[32];
            int end = NumberText.Fixed(buffer, 0, buffer.Length, value, decimals, "null");
            return AsciiText.From(buffer, 0, end);
        }

        [TestMethod]
        public void NumbersAreRoundedHalfAwayFromZeroWithAFixedPoint()
        {
            Check.Equal("0.750", Fixed(0.75, 3), "three decimals");
            Check.Equal("-20.123", Fixed(-20.1234, 3), "negative, rounded down in magnitude");
            Check.Equal("-20.124", Fixed(-20.1236, 3), "negative, rounded up in magnitude");
            Check.Equal("1.25", Fixed(1.245001, 2), "rounded up");
            Check.Equal("0.0724", Fixed(0.07241, 4), "leading zero kept");
            Check.Equal("0.000", Fixed(-0.0004, 3), "a value that rounds to zero has no sign");
            Check.Equal("3", Fixed(2.5, 0), "no decimals: no point, half rounds away from zero");
            Check.Equal("-3", Fixed(-2.5, 0), "negative half away from zero");
            Check.Equal("12345.6", Fixed(12345.6, 1), "several whole digits");
            Check.Equal("null", Fixed(double.NaN, 3), "NaN");
            Check.Equal("null", Fixed(double.NegativeInfinity, 3), "infinity");
            Check.Equal("null", Fixed(1e16, 3), "beyond the digits written");
            Check.Equal("0.75", Format.Fixed(0.75, 2), "Format uses the same digits");
            Check.Equal("n/a", Format.Db(double.NaN), "Format's text for not finite");
        }

        [TestMethod]
        public void IntegersAndTheirLimits()
        {
            byte[] buffer = new byte[24];
            Check.Equal("-9223372036854775808", AsciiText.From(buffer, 0, NumberText.Integer(buffer, 0, buffer.Length, long.MinValue)), "long.MinValue");
            Check.Equal("0", AsciiText.From(buffer, 0, NumberText.Integer(buffer, 0, buffer.Length, 0)), "zero");
            Check.Equal("-42", Format.Integer(-42), "negative");
            Check.Equal(-1, NumberText.Integer(buffer, 0, 2, 123), "three digits do not fit in two bytes");
            Check.Equal(-1, NumberText.Fixed(buffer, 0, 4, -1.5, 2, "null"), "-1.50 does not fit in four bytes");
        }

        [TestMethod]
        public void RecordEscapesAndNests()
        {
            JsonLine json = new JsonLine();
            json.Begin().Add("s", "a\"b\\c\nd\u2194").Add("n", (string)null).Add("b", true).Add("i", -7L).Add("x", 1.5, 1)
                .AddMask("m", PositionMask.Of(4) | PositionMask.Of(5)).BeginArray("a");
            json.BeginObject().Add("p", 1L).EndObject().BeginObject().Add("p", 2L).EndObject().EndArray();
            json.BeginArray("e").EndArray().BeginArray("v").Item(0.25, 2).Item(3L).Item("t").EndArray();
            json.Add("tb", new TextBuilder(16).Add("x=").Add(2L));
            json.End();
            Check.False(json.Overflowed, "fits");
            Check.Equal("{\"s\":\"a\\\"b\\\\c\\u000Ad\\u2194\",\"n\":null,\"b\":true,\"i\":-7,\"x\":1.5,\"m\":[4,5],\"a\":[{\"p\":1},{\"p\":2}],\"e\":[],\"v\":[0.25,3,\"t\"],\"tb\":\"x=2\"}", json.ToString(), "record text");
        }

        [TestMethod]
        public void EndClosesWhatIsLeftOpen()
        {
            JsonLine json = new JsonLine();
            json.Begin().BeginArray("a").BeginObject().Add("p", 1L);
            json.End();
            Check.Equal("{\"a\":[{\"p\":1}]}", json.ToString(), "closed in order");
        }

        [TestMethod]
        public void TooLongARecordIsNotSentButNamed()
        {
            MemoryLogPort port = new MemoryLogPort();
            ProbeLog log = new ProbeLog(port);
            JsonLine record = log.Start("reply");
            string chunk = new string('x', 1000);
            for (int i = 0; i < 9; i++)
            {
                record.Add("f" + i.ToString(), chunk);
            }

            log.Send(record);
            Check.Equal(1, port.Count, "one line only");
            Check.Contains("\"code\":\"record_too_long\"", port.LineAt(0), "a warning instead of a cut record");
            Check.Contains("reply record", port.LineAt(0), "names the record type");
        }

        [TestMethod]
        public void StoredFrameFromTheBufferMatchesTheTextFrame()
        {
            MemoryStorage storage = new MemoryStorage();
            ResultsStore store = new ResultsStore(storage);
            store.Open();
            ProbeLog log = new ProbeLog(new MemoryLogPort());
            JsonLine record = log.Start("inspection").Add("overall", "PASS").Add("loss_db", 0.25, 3);
            record.End();
            string json = record.ToString();
            Check.True(store.Add(record), "kept from the buffer");
            Check.Equal(ResultsStore.Frame(json), storage.Read(ResultsStore.SegmentName(0)), "same frame, CRC and length as the text path");
            Check.False(store.Add("{\"note\":\"\u2194\"}"), "a record that is not ASCII is refused");
        }

        [TestMethod]
        public void SettingsAreKeptOnlyWhenTheyChange()
        {
            MemoryStorage storage = new MemoryStorage();
            ResultsStore store = new ResultsStore(storage);
            store.Open();
            InspectionSettings settings = new InspectionSettings();
            ProbeLog log = new ProbeLog(new MemoryLogPort());
            log.Results = store;
            log.UptimeMs = 1;
            log.Settings(settings);
            log.UptimeMs = 123456;
            log.Settings(settings);
            string kept = storage.Read(ResultsStore.SegmentName(0));
            Check.Equal(1, Lines(kept), "unchanged settings at a later time are not kept again");
            settings.Layout = MpoLayout.Mpo24;
            log.Settings(settings);
            Check.Equal(2, Lines(storage.Read(ResultsStore.SegmentName(0))), "changed settings are kept");
        }

        [TestMethod]
        public void BuilderTextsMatchTheStringForms()
        {
            uint mask = PositionMask.Of(3) | PositionMask.Of(4) | PositionMask.Of(12);
            Check.Equal(Format.Positions(mask), new TextBuilder().AddPositions(mask).ToString(), "position list");
            Check.Equal("3GN 4BR 12AQ", Screens.PositionsFit(mask, 21), "fits whole");
            Check.Equal("3GN +2", Screens.PositionsFit(mask, 7), "cut with the count of the rest");
            Check.Equal("NONE", Screens.PositionsFit(0, 21), "none");
            Check.Equal("LINK-~", Screens.Fit("LINK-7A", 6), "cut with a tilde");
            TextBuilder small = new TextBuilder(4).Add("abcdef");
            Check.True(small.Truncated, "overflow is flagged");
            Check.Equal("abcd", small.ToString(), "kept what fitted");
        }

        private static int Lines(string text)
        {
            int n = 0;
            for (int i = 0; i < text.Length; i++)
            {
                n += text[i] == '\n' ? 1 : 0;
            }

            return n;
        }
    }
}
