// Writes the benchmark's large model: a finely tessellated torus as a binary STL (mm).
// Usage: aa_bench_mesh OUT.stl [TRIANGLES]   (default 1,000,000; rounded to the grid)
// The torus is about the size of a foot (160 mm across) so both viewers frame it alike.
#include <algorithm>
#include <cmath>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <string>
#include <vector>

namespace {

struct Vec3 {
  float x, y, z;
};

Vec3 torusPoint(int u, int v, int uSteps, int vSteps) {
  constexpr double kPi = 3.14159265358979323846;
  constexpr double kMajor = 60.0, kMinor = 20.0;
  const double a = 2.0 * kPi * u / uSteps, b = 2.0 * kPi * v / vSteps;
  const double r = kMajor + kMinor * std::cos(b);
  return {static_cast<float>(r * std::cos(a)), static_cast<float>(kMinor * std::sin(b) + kMinor),
          static_cast<float>(r * std::sin(a))};
}

Vec3 normalOf(const Vec3& a, const Vec3& b, const Vec3& c) {
  const Vec3 e1{b.x - a.x, b.y - a.y, b.z - a.z}, e2{c.x - a.x, c.y - a.y, c.z - a.z};
  Vec3 n{e1.y * e2.z - e1.z * e2.y, e1.z * e2.x - e1.x * e2.z, e1.x * e2.y - e1.y * e2.x};
  const float len = std::sqrt(n.x * n.x + n.y * n.y + n.z * n.z);
  if (len > 0) n = {n.x / len, n.y / len, n.z / len};
  return n;
}

void appendFacet(std::vector<unsigned char>& out, const Vec3& a, const Vec3& b, const Vec3& c) {
  const Vec3 facet[4] = {normalOf(a, b, c), a, b, c};
  const std::size_t at = out.size();
  out.resize(at + 50, 0);  // 12 floats, then a zero attribute word
  std::memcpy(out.data() + at, facet, sizeof facet);
}

}  // namespace

int main(int argc, char** argv) {
  if (argc < 2 || argc > 3) {
    std::fprintf(stderr, "usage: aa_bench_mesh OUT.stl [TRIANGLES]\n");
    return 2;
  }
  const long wanted = argc == 3 ? std::atol(argv[2]) : 1'000'000;
  if (wanted < 8 || wanted > 50'000'000) {
    std::fprintf(stderr, "aa_bench_mesh: TRIANGLES must be between 8 and 50,000,000\n");
    return 2;
  }
  // Two triangles per grid cell, twice as many steps around the ring as around the tube.
  const int vSteps = std::max(2, static_cast<int>(std::lround(std::sqrt(wanted / 4.0))));
  const int uSteps = std::max(2, static_cast<int>(std::lround(wanted / (2.0 * vSteps))));
  const std::uint32_t triangles = static_cast<std::uint32_t>(2L * uSteps * vSteps);

  std::vector<unsigned char> out(80, ' ');
  const char header[] = "ankle-atlas benchmark torus";
  std::memcpy(out.data(), header, sizeof header - 1);
  out.resize(84);
  std::memcpy(out.data() + 80, &triangles, 4);
  out.reserve(84 + 50ull * triangles);
  for (int u = 0; u < uSteps; ++u)
    for (int v = 0; v < vSteps; ++v) {
      const Vec3 p00 = torusPoint(u, v, uSteps, vSteps), p10 = torusPoint(u + 1, v, uSteps, vSteps);
      const Vec3 p01 = torusPoint(u, v + 1, uSteps, vSteps), p11 = torusPoint(u + 1, v + 1, uSteps, vSteps);
      appendFacet(out, p00, p01, p10);
      appendFacet(out, p10, p01, p11);
    }
  std::FILE* f = std::fopen(argv[1], "wb");
  if (!f || std::fwrite(out.data(), 1, out.size(), f) != out.size() || std::fclose(f) != 0) {
    std::fprintf(stderr, "aa_bench_mesh: cannot write %s\n", argv[1]);
    return 1;
  }
  std::printf("%s: %u triangles (%d x %d torus), %zu bytes\n", argv[1], triangles, uSteps, vSteps, out.size());
  return 0;
}
