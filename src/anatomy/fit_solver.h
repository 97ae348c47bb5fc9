// Bounded least squares for the fit (fit.h): a few damped Gauss-Newton steps on severities
// held inside 0-1, each step a small box-constrained quadratic solved exactly by
// coordinate descent. Generic over the residual function; deterministic.
#pragma once

#include <functional>
#include <vector>

namespace anatomy::fitsolve {

using Vector = std::vector<double>;
using Matrix = std::vector<Vector>;  // Matrix[r][c]: residual r, variable c

// Minimises |A x - b|^2 + lambda |x|^2 + mu |x - centre|^2 over 0 <= x <= 1, from x0.
Vector solveBoxQuadratic(const Matrix& a, const Vector& b, double lambda, double mu, const Vector& centre,
                         Vector x0);

struct Problem {
  // Weighted residuals at x (one per target, in tolerance units: 1 = just out of tolerance).
  std::function<Vector(const Vector&)> residuals;
  std::size_t variables = 0;
  // Pull toward zero severity: picks the mildest of several exact answers without
  // moving a consistent fit by more than a hair.
  double lambda = 1e-3;
  int maxIterations = 12;
  double goodEnough = 0.02;  // stop when every residual is this small
};

// Damped Gauss-Newton from x with forward-difference Jacobians; chord (one column per
// variable: residual change from severity 0 to 1) stands in where a difference sees a flat
// spot, such as a spur that has not yet broken through the cortex.
Vector solveBounded(const Problem& problem, Vector x, const Matrix& chord);

// Linear first guess: the chord model residual(x) = r0 + chord x, bounded and regularised.
Vector linearGuess(const Vector& r0, const Matrix& chord, double lambda);

double cost(const Vector& residuals, const Vector& x, double lambda);

}  // namespace anatomy::fitsolve
