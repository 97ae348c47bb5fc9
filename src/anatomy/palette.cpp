#include "anatomy/palette.h"

#include <cmath>
#include <cstdint>
#include <vector>

namespace anatomy {

namespace {
struct Entry {
  TissueClass tissue;
  const char* id;
  TissueLook look;
};
// Neighbouring heel classes stay >= 30 CIELAB Delta E apart (tests/unit/test_palette.cpp):
// ivory bone, orange calcium, pearl-blue tendon, raspberry bursa (fluid, apart from the
// tendon), yellow fat, tan skin (darker than bone, so the two never read as one).
constexpr Entry kTable[] = {
    {TissueClass::Bone, "bone", {{0.93f, 0.88f, 0.78f}, 0.22f, 28.0f, 0.05f, 0.22f, 0.6f, 1.0f}},
    {TissueClass::Deposit, "deposit", {{1.00f, 0.55f, 0.10f}, 0.45f, 40.0f, 0.0f, 0.35f, 0.5f, 1.0f}},
    {TissueClass::Tendon, "tendon", {{0.62f, 0.76f, 0.95f}, 0.55f, 48.0f, 0.15f, 0.3f, 0.4f, 1.0f}},
    {TissueClass::Ligament, "ligament", {{0.55f, 0.82f, 0.70f}, 0.35f, 36.0f, 0.15f, 0.25f, 0.5f, 1.0f}},
    {TissueClass::Bursa, "bursa", {{0.90f, 0.25f, 0.55f}, 0.5f, 40.0f, 0.3f, 0.35f, 0.3f, 0.85f}},
    {TissueClass::Muscle, "muscle", {{0.72f, 0.24f, 0.22f}, 0.18f, 16.0f, 0.3f, 0.2f, 0.6f, 1.0f}},
    {TissueClass::Fat, "fat", {{0.98f, 0.82f, 0.30f}, 0.25f, 20.0f, 0.35f, 0.2f, 0.5f, 1.0f}},
    {TissueClass::Skin, "skin", {{0.78f, 0.56f, 0.44f}, 0.12f, 12.0f, 0.4f, 0.45f, 0.7f, 0.3f}},
    {TissueClass::Other, "other", {{0.80f, 0.80f, 0.84f}, 0.25f, 24.0f, 0.05f, 0.25f, 0.6f, 1.0f}},
};

const Entry& entry(TissueClass c) {
  for (const Entry& e : kTable)
    if (e.tissue == c) return e;
  return kTable[std::size(kTable) - 1];
}

float labF(float t) { return t > 0.008856f ? std::cbrt(t) : 7.787f * t + 16.0f / 116.0f; }
float linear(float c) { return c <= 0.04045f ? c / 12.92f : std::pow((c + 0.055f) / 1.055f, 2.4f); }
}  // namespace

const TissueLook& tissueLook(TissueClass c) { return entry(c).look; }
const char* tissueClassId(TissueClass c) { return entry(c).id; }

TissueClass tissueClassOf(Category c) {
  switch (c) {
    case Category::Bone: return TissueClass::Bone;
    case Category::Tendon: return TissueClass::Tendon;
    case Category::Ligament: return TissueClass::Ligament;
    case Category::Bursa: return TissueClass::Bursa;
    case Category::Muscle: return TissueClass::Muscle;
    case Category::Fat: return TissueClass::Fat;
    case Category::Skin: return TissueClass::Skin;
    case Category::Other: break;
  }
  return TissueClass::Other;
}

bool collapsedAtRest(const Structure& s) {
  // Stops at the first triangle with an area, so a real mesh costs a step or two.
  const std::vector<glm::vec3>& p = s.mesh.positions;
  const std::vector<std::uint32_t>& idx = s.mesh.indices;
  if (p.empty() || idx.size() < 3) return false;
  for (std::size_t t = 0; t + 2 < idx.size(); t += 3) {
    if (idx[t] >= p.size() || idx[t + 1] >= p.size() || idx[t + 2] >= p.size()) return false;
    const glm::vec3 c = glm::cross(p[idx[t + 1]] - p[idx[t]], p[idx[t + 2]] - p[idx[t]]);
    if (glm::length(c) > 1e-4f) return false;  // twice the area, mm^2
  }
  return true;
}

TissueClass tissueClassOf(const Atlas& atlas, std::size_t structure) {
  const Structure& s = atlas.structures.at(structure);
  if (s.category == Category::Tendon && collapsedAtRest(s)) return TissueClass::Deposit;
  return tissueClassOf(s.category);
}

glm::vec3 verdictColor(Verdict v) {
  switch (v) {
    case Verdict::Normal: return {0.30f, 0.92f, 0.42f};
    case Verdict::Borderline: return {1.00f, 0.74f, 0.12f};
    case Verdict::Pathological: return {1.00f, 0.28f, 0.24f};
    case Verdict::Unknown: break;
  }
  return {1.00f, 0.42f, 0.95f};
}

glm::vec3 overlayToneColor(OverlayTone tone, Verdict v) {
  switch (tone) {
    case OverlayTone::Axis: return {0.97f, 0.97f, 0.97f};
    case OverlayTone::Tangent: return {0.45f, 0.85f, 1.00f};
    case OverlayTone::Reference: return {0.80f, 0.83f, 0.88f};
    case OverlayTone::Pull: return verdictColor(Verdict::Unknown);
    case OverlayTone::Verdict: return verdictColor(v);
  }
  return glm::vec3(1.0f);
}

glm::vec3 srgbToLab(const glm::vec3& srgb) {
  const glm::vec3 l(linear(srgb.r), linear(srgb.g), linear(srgb.b));
  const float x = 0.4124f * l.r + 0.3576f * l.g + 0.1805f * l.b;
  const float y = 0.2126f * l.r + 0.7152f * l.g + 0.0722f * l.b;
  const float z = 0.0193f * l.r + 0.1192f * l.g + 0.9505f * l.b;
  const float fx = labF(x / 0.95047f), fy = labF(y), fz = labF(z / 1.08883f);
  return {116.0f * fy - 16.0f, 500.0f * (fx - fy), 200.0f * (fy - fz)};
}

float deltaE76(const glm::vec3& a, const glm::vec3& b) { return glm::length(srgbToLab(a) - srgbToLab(b)); }

}  // namespace anatomy
