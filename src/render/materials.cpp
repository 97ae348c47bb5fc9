#include "render/materials.h"

namespace render {

namespace {
using anatomy::TissueClass;

// Relative radiodensity per mm. The skin is the whole limb's envelope, so its density is
// that of soft tissue in general; structures inside add what they have beyond it: tendon
// a little more (its shadow shows behind the ankle), fat less (negative), so Kager's
// triangle reads dark as on a film. The calcific deposit is denser than bone.
float xrayDensityOf(TissueClass t) {
  switch (t) {
    case TissueClass::Bone: return 1.0f;
    case TissueClass::Deposit: return 1.4f;
    case TissueClass::Tendon:
    case TissueClass::Ligament: return 0.16f;
    case TissueClass::Bursa: return 0.06f;
    case TissueClass::Muscle: return 0.05f;
    case TissueClass::Fat: return -0.07f;
    case TissueClass::Skin: return 0.13f;
    default: return 0.05f;
  }
}

// Enclosing tissues first: skin holds fat and muscle, which hold tendon and bursa, around
// bone; the deposit sits on the bone.
int capRankOf(TissueClass t) {
  switch (t) {
    case TissueClass::Skin: return 0;
    case TissueClass::Fat: return 1;
    case TissueClass::Muscle: return 2;
    case TissueClass::Other: return 3;
    case TissueClass::Ligament:
    case TissueClass::Tendon: return 4;
    case TissueClass::Bursa: return 5;
    case TissueClass::Bone: return 6;
    case TissueClass::Deposit: return 7;
  }
  return 3;
}
}  // namespace

Material materialFor(anatomy::TissueClass tissue) {
  const anatomy::TissueLook& look = anatomy::tissueLook(tissue);
  Material m{look.color, look.specular, look.shininess, look.wrap, look.rim};
  m.xrayDensity = xrayDensityOf(tissue);
  m.xrayCortex = tissue == TissueClass::Bone || tissue == TissueClass::Deposit;
  m.capRank = capRankOf(tissue);
  return m;
}

}  // namespace render
