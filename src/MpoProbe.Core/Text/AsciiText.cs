namespace MpoProbe.Core
{
    /// <summary>ASCII bytes back to text, for ports and tools that keep or print what the log wrote (allocates).</summary>
    public static class AsciiText
    {
        /// <summary>The <paramref name="count"/> bytes from <paramref name="offset"/> as a string.</summary>
        public static string From(byte[] bytes, int offset, int count)
        {
            char[] text = new char[count];
            for (int i = 0; i < count; i++)
            {
                text[i] = (char)bytes[offset + i];
            }

            return new string(text, 0, count);
        }
    }
}
