// The one colour table of the app: how each tissue class looks on screen and in an
// exported model, the verdict colours (normal / borderline / abnormal) and the overlay
// tones. Pure data and colour maths (glm only), so render, ui and io all read the same.
#pragma once

#include "anatomy/atlas.h"
#include "anatomy/measurement_ranges.h"
#include "anatomy/overlays.h"

#include <glm/glm.hpp>

#include <cstddef>
#include <optional>
#include <string_view>

namespace anatomy {

// What a structure is drawn as. Deposits are calcium in a tendon: a growth listed with the
// tendon that exists only while a condition grows it (its rest mesh is collapsed).
enum class TissueClass { Bone, Deposit, Tendon, Ligament, Bursa, Muscle, Fat, Skin, Other };
inline constexpr TissueClass kHeelClasses[] = {TissueClass::Bone,  TissueClass::Deposit, TissueClass::Tendon,
                                               TissueClass::Bursa, TissueClass::Fat,     TissueClass::Skin};

struct TissueLook {
  glm::vec3 color;  // sRGB, 0-1
  float specular, shininess;
  float wrap;       // soft-tissue light wrap
  float rim;
  float roughness;  // for exported PBR materials
  float alpha;      // exported opacity (the viewer sets its own per structure)
};

const TissueLook& tissueLook(TissueClass c);
const char* tissueClassId(TissueClass c);  // "bone", "deposit", ...
TissueClass tissueClassOf(Category c);
TissueClass tissueClassOf(const Atlas& atlas, std::size_t structure);
// A pathology growth: a mesh whose rest triangles all have no area (each part shrunk to
// a point), so nothing of it is drawn until a condition grows it.
bool collapsedAtRest(const Structure& s);

// The colour sets a teacher picks from (View > Palette, --palette): the default green /
// amber / red; high contrast for a washed-out projector; and a colour-blind-safe set
// (blue / orange / vermilion, after Okabe and Ito) whose verdicts stay apart for red-green
// colour blindness. In every palette a verdict also has its own glyph, so colour is never
// the only cue.
enum class Palette { Default, HighContrast, ColourBlind };
inline constexpr Palette kAllPalettes[] = {Palette::Default, Palette::HighContrast, Palette::ColourBlind};
const char* paletteId(Palette p);     // "default", "high-contrast", "colour-blind"
const char* paletteLabel(Palette p);  // "Default", "High contrast", "Colour-blind safe"
std::optional<Palette> parsePalette(std::string_view id);

// Check mark, warning triangle with "!", cross; Unknown has none.
enum class VerdictGlyph { None, Check, Warning, Cross };
VerdictGlyph verdictGlyph(Verdict v);

glm::vec3 verdictColor(Verdict v, Palette p = Palette::Default);  // Unknown: the tendon-pull magenta
glm::vec3 overlayToneColor(OverlayTone tone, Verdict v, Palette p = Palette::Default);
// The colour of each measurement's lines in an overlay (each angle its own hue), so a
// student can tell which lines make which angle; index counts the overlay's measurements.
glm::vec3 measureLineColor(int index, Palette p = Palette::Default);
inline constexpr float kOverlayReferenceAlpha = 0.95f;

// CIE L*a*b* (D65) of an sRGB colour, and the CIE76 colour difference of two sRGB colours.
glm::vec3 srgbToLab(const glm::vec3& srgb);
float deltaE76(const glm::vec3& srgbA, const glm::vec3& srgbB);
// How an sRGB colour looks with deuteranopia (no working green cones): the Machado, Oliveira
// and Fernandes (2009) matrix at full severity, applied in linear RGB.
glm::vec3 simulateDeuteranopia(const glm::vec3& srgb);

}  // namespace anatomy
