namespace MpoProbe.Core
{
    /// <summary>Solves a small dense linear system in place (Gaussian elimination, partial pivoting).</summary>
    public static class LinearSolver
    {
        /// <summary>
        /// Solves <paramref name="a"/>·x = <paramref name="b"/> for the first <paramref name="n"/>
        /// unknowns into <paramref name="x"/>; destroys <paramref name="a"/> and <paramref name="b"/>.
        /// False when the system is singular (an unknown the equations do not determine).
        /// </summary>
        public static bool Solve(double[][] a, double[] b, double[] x, int n)
        {
            for (int col = 0; col < n; col++)
            {
                int pivot = col;
                for (int row = col + 1; row < n; row++)
                {
                    if (System.Math.Abs(a[row][col]) > System.Math.Abs(a[pivot][col]))
                    {
                        pivot = row;
                    }
                }

                if (System.Math.Abs(a[pivot][col]) < 1e-12)
                {
                    return false;
                }

                double[] rowSwap = a[col];
                a[col] = a[pivot];
                a[pivot] = rowSwap;
                double bSwap = b[col];
                b[col] = b[pivot];
                b[pivot] = bSwap;
                for (int row = col + 1; row < n; row++)
                {
                    double f = a[row][col] / a[col][col];
                    for (int k = col; k < n; k++)
                    {
                        a[row][k] -= f * a[col][k];
                    }

                    b[row] -= f * b[col];
                }
            }

            for (int row = n - 1; row >= 0; row--)
            {
                double sum = b[row];
                for (int k = row + 1; k < n; k++)
                {
                    sum -= a[row][k] * x[k];
                }

                x[row] = sum / a[row][row];
            }

            return true;
        }
    }
}
