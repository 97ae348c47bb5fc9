#include "anatomy/palette.h"

#include <algorithm>
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

const char* paletteId(Palette p) {
  switch (p) {
    case Palette::HighContrast: return "high-contrast";
    case Palette::ColourBlind: return "colour-blind";
    case Palette::Default: break;
  }
  return "default";
}

const char* paletteLabel(Palette p) {
  switch (p) {
    case Palette::HighContrast: return "High contrast";
    case Palette::ColourBlind: return "Colour-blind safe";
    case Palette::Default: break;
  }
  return "Default";
}

std::optional<Palette> parsePalette(std::string_view id) {
  for (Palette p : kAllPalettes)
    if (id == paletteId(p)) return p;
  if (id == "color-blind" || id == "colorblind" || id == "colourblind") return Palette::ColourBlind;
  return std::nullopt;
}

VerdictGlyph verdictGlyph(Verdict v) {
  switch (v) {
    case Verdict::Normal: return VerdictGlyph::Check;
    case Verdict::Borderline: return VerdictGlyph::Warning;
    case Verdict::Pathological: return VerdictGlyph::Cross;
    case Verdict::Unknown: break;
  }
  return VerdictGlyph::None;
}

namespace {
// Rows: normal, borderline, abnormal, unknown (the line of pull).
constexpr float kVerdictTable[][4][3] = {
    {{0.30f, 0.92f, 0.42f}, {1.00f, 0.74f, 0.12f}, {1.00f, 0.28f, 0.24f}, {1.00f, 0.42f, 0.95f}},
    // High contrast: saturated and bright against the dark overlay boxes.
    {{0.20f, 0.90f, 1.00f}, {1.00f, 1.00f, 0.10f}, {1.00f, 0.12f, 0.30f}, {1.00f, 0.30f, 1.00f}},
    // Okabe-Ito sky blue, orange and vermilion; reddish purple for the line of pull.
    {{0.34f, 0.71f, 0.91f}, {0.90f, 0.62f, 0.00f}, {0.84f, 0.29f, 0.00f}, {0.80f, 0.47f, 0.65f}},
};

// Per-measurement line hues that stay clear of the verdict colours of the same palette.
constexpr int kLineColours = 5;
constexpr float kLineTable[][kLineColours][3] = {
    {{0.45f, 0.85f, 1.00f}, {0.80f, 0.62f, 1.00f}, {1.00f, 1.00f, 1.00f}, {0.25f, 0.45f, 1.00f}, {0.00f, 0.70f, 0.70f}},
    {{1.00f, 1.00f, 1.00f}, {0.40f, 1.00f, 0.40f}, {0.50f, 0.70f, 1.00f}, {1.00f, 0.60f, 0.10f}, {0.75f, 0.40f, 1.00f}},
    {{1.00f, 1.00f, 1.00f}, {0.94f, 0.89f, 0.26f}, {0.00f, 0.62f, 0.45f}, {0.80f, 0.47f, 0.65f}, {0.00f, 0.45f, 0.70f}},
};

glm::vec3 row(const float (&c)[3]) { return {c[0], c[1], c[2]}; }
}  // namespace

glm::vec3 verdictColor(Verdict v, Palette p) {
  const auto& t = kVerdictTable[static_cast<int>(p)];
  switch (v) {
    case Verdict::Normal: return row(t[0]);
    case Verdict::Borderline: return row(t[1]);
    case Verdict::Pathological: return row(t[2]);
    case Verdict::Unknown: break;
  }
  return row(t[3]);
}

glm::vec3 measureLineColor(int index, Palette p) {
  const auto& t = kLineTable[static_cast<int>(p)];
  return row(t[static_cast<std::size_t>(index < 0 ? 0 : index) % kLineColours]);
}

glm::vec3 overlayToneColor(OverlayTone tone, Verdict v, Palette p) {
  switch (tone) {
    case OverlayTone::Axis: return p == Palette::Default ? glm::vec3(0.97f) : glm::vec3(1.0f);
    case OverlayTone::Tangent: return measureLineColor(0, p);
    case OverlayTone::Reference: return {0.80f, 0.83f, 0.88f};
    case OverlayTone::Pull: return verdictColor(Verdict::Unknown, p);
    case OverlayTone::Verdict: return verdictColor(v, p);
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

glm::vec3 simulateDeuteranopia(const glm::vec3& srgb) {
  const glm::vec3 l(linear(srgb.r), linear(srgb.g), linear(srgb.b));
  const glm::vec3 d(0.367322f * l.r + 0.860646f * l.g - 0.227968f * l.b,
                    0.280085f * l.r + 0.672501f * l.g + 0.047413f * l.b,
                    -0.011820f * l.r + 0.042940f * l.g + 0.968881f * l.b);
  const auto encode = [](float c) {
    c = std::clamp(c, 0.0f, 1.0f);
    return c <= 0.0031308f ? 12.92f * c : 1.055f * std::pow(c, 1.0f / 2.4f) - 0.055f;
  };
  return {encode(d.r), encode(d.g), encode(d.b)};
}

}  // namespace anatomy
