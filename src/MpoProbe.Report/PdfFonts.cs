using System;
using System.IO;
using PdfSharp.Fonts;

namespace MpoProbe.Report
{
    /// <summary>
    /// Gives PDFsharp its fonts on Linux, where it has no font lookup of its own: DejaVu Sans from
    /// the system (Debian package fonts-dejavu-core, installed by .ci/run), embedded in the PDF.
    /// DejaVu covers the arrows, ± and — the certificate prints.
    /// </summary>
    public sealed class PdfFonts : IFontResolver
    {
        /// <summary>The family name the PDF writer asks for.</summary>
        public const string Family = "DejaVu Sans";

        private static readonly string[] Folders = { "/usr/share/fonts/truetype/dejavu", "/usr/share/fonts/dejavu", "/usr/local/share/fonts", "C:\\Windows\\Fonts" };
        private static readonly object Gate = new object();
        private static bool _installed;

        /// <summary>Installs the resolver once per process; throws with the package to install when DejaVu is missing.</summary>
        public static void Install()
        {
            lock (Gate)
            {
                if (_installed)
                {
                    return;
                }

                if (Find("DejaVuSans.ttf") == null)
                {
                    throw new IOException("the PDF needs the DejaVu Sans font (Debian: apt-get install fonts-dejavu-core); looked in " + string.Join(", ", Folders));
                }

                GlobalFontSettings.FontResolver = new PdfFonts();
                _installed = true;
            }
        }

        /// <inheritdoc/>
        public FontResolverInfo ResolveTypeface(string familyName, bool isBold, bool isItalic) =>
            new FontResolverInfo(isBold ? "DejaVuSans-Bold" : "DejaVuSans");

        /// <inheritdoc/>
        public byte[] GetFont(string faceName)
        {
            string path = Find(faceName + ".ttf") ?? Find("DejaVuSans.ttf");
            return File.ReadAllBytes(path);
        }

        private static string Find(string file)
        {
            foreach (string folder in Folders)
            {
                string path = Path.Combine(folder, file);
                if (File.Exists(path))
                {
                    return path;
                }
            }

            return null;
        }
    }
}
