// The one colour table of the app: how each tissue class looks on screen and in an
// exported model, the verdict colours (normal / borderline / abnormal) and the overlay
// tones. Pure data and colour maths (glm only), so render, ui and io all read the same.
#pragma once

#include "anatomy/atlas.h"
#include "anatomy/measurement_ranges.h"
#include "anatomy/overlays.h"

#include <glm/glm.hpp>

#include <cstddef>

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

glm::vec3 verdictColor(Verdict v);  // Unknown: the tendon-pull magenta
glm::vec3 overlayToneColor(OverlayTone tone, Verdict v);
inline constexpr float kOverlayReferenceAlpha = 0.95f;

// CIE L*a*b* (D65) of an sRGB colour, and the CIE76 colour difference of two sRGB colours.
glm::vec3 srgbToLab(const glm::vec3& srgb);
float deltaE76(const glm::vec3& srgbA, const glm::vec3& srgbB);

}  // namespace anatomy
