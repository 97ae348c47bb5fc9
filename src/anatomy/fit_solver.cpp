#include "anatomy/fit_solver.h"

#include <algorithm>
#include <cmath>

namespace anatomy::fitsolve {

namespace {
constexpr double kStep = 1e-2;  // finite-difference step in severity: well above float noise

double maxAbs(const Vector& v) {
  double m = 0.0;
  for (double e : v) m = std::max(m, std::abs(e));
  return m;
}

Vector column(const Matrix& m, std::size_t c) {
  Vector out(m.size());
  for (std::size_t r = 0; r < m.size(); ++r) out[r] = m[r][c];
  return out;
}

// Forward differences (backward at the upper bound). A column that sees almost nothing
// where the chord sees a lot sits on a flat spot: the chord is the better guide there.
Matrix jacobian(const Problem& p, const Vector& x, const Vector& r, const Matrix& chord) {
  Matrix j(r.size(), Vector(p.variables, 0.0));
  for (std::size_t c = 0; c < p.variables; ++c) {
    Vector xs = x;
    const double h = x[c] + kStep <= 1.0 ? kStep : -kStep;
    xs[c] += h;
    const Vector rs = p.residuals(xs);
    for (std::size_t k = 0; k < r.size(); ++k) j[k][c] = (rs[k] - r[k]) / h;
    const Vector fromChord = column(chord, c);
    if (maxAbs(column(j, c)) < 0.05 * maxAbs(fromChord))
      for (std::size_t k = 0; k < r.size(); ++k) j[k][c] = fromChord[k];
  }
  return j;
}
}  // namespace

double cost(const Vector& residuals, const Vector& x, double lambda) {
  double c = 0.0;
  for (double r : residuals) c += r * r;
  for (double v : x) c += lambda * v * v;
  return c;
}

Vector solveBoxQuadratic(const Matrix& a, const Vector& b, double lambda, double mu, const Vector& centre,
                         Vector x) {
  const std::size_t n = x.size();
  // Normal equations H x = g of the regularised problem; n is at most a handful.
  Matrix h(n, Vector(n, 0.0));
  Vector g(n, 0.0);
  for (std::size_t r = 0; r < a.size(); ++r)
    for (std::size_t i = 0; i < n; ++i) {
      g[i] += a[r][i] * b[r];
      for (std::size_t j = 0; j < n; ++j) h[i][j] += a[r][i] * a[r][j];
    }
  for (std::size_t i = 0; i < n; ++i) {
    h[i][i] += lambda + mu;
    g[i] += mu * centre[i];
  }
  // Exact minimisation along one severity at a time, clamped: converges for this convex
  // problem, and the clamp is what keeps severities in 0-1.
  for (int sweep = 0; sweep < 5000; ++sweep) {
    double moved = 0.0;
    for (std::size_t i = 0; i < n; ++i) {
      double rest = g[i];
      for (std::size_t j = 0; j < n; ++j)
        if (j != i) rest -= h[i][j] * x[j];
      const double v = std::clamp(rest / h[i][i], 0.0, 1.0);
      moved = std::max(moved, std::abs(v - x[i]));
      x[i] = v;
    }
    if (moved < 1e-10) break;
  }
  return x;
}

Vector linearGuess(const Vector& r0, const Matrix& chord, double lambda) {
  const std::size_t n = chord.empty() ? 0 : chord[0].size();
  Vector b(r0.size());
  for (std::size_t k = 0; k < r0.size(); ++k) b[k] = -r0[k];
  return solveBoxQuadratic(chord, b, lambda, 0.0, Vector(n, 0.0), Vector(n, 0.0));
}

Vector solveBounded(const Problem& p, Vector x, const Matrix& chord) {
  Vector r = p.residuals(x);
  double c = cost(r, x, p.lambda);
  double mu = -1.0;
  for (int it = 0; it < p.maxIterations && maxAbs(r) > p.goodEnough; ++it) {
    const Matrix j = jacobian(p, x, r, chord);
    Vector b(r.size());
    for (std::size_t k = 0; k < r.size(); ++k) {
      b[k] = -r[k];
      for (std::size_t i = 0; i < p.variables; ++i) b[k] += j[k][i] * x[i];
    }
    if (mu < 0.0) {  // damping scaled to the problem, small: nearly pure Gauss-Newton
      double diag = 1.0;
      for (std::size_t i = 0; i < p.variables; ++i) {
        double d = 0.0;
        for (const Vector& row : j) d += row[i] * row[i];
        diag = std::max(diag, d);
      }
      mu = 1e-4 * diag;
    }
    bool accepted = false;
    for (int attempt = 0; attempt < 6 && !accepted; ++attempt) {
      const Vector next = solveBoxQuadratic(j, b, p.lambda, mu, x, x);
      double step = 0.0;
      for (std::size_t i = 0; i < p.variables; ++i) step = std::max(step, std::abs(next[i] - x[i]));
      if (step < 1e-7) break;  // the model's best within the bounds
      const Vector rn = p.residuals(next);
      const double cn = cost(rn, next, p.lambda);
      if (cn < c) {
        x = next;
        r = rn;
        c = cn;
        mu *= 0.25;
        accepted = true;
      } else {
        mu *= 8.0;
      }
    }
    if (!accepted) break;
  }
  return x;
}

}  // namespace anatomy::fitsolve
