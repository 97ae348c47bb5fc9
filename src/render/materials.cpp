#include "render/materials.h"

namespace render {

namespace {
using anatomy::TissueClass;

// Relative radiodensity per mm: soft tissues only a faint veil (they overlap: skin holds
// the others), fat a little darker than tendon so Kager's triangle reads as on a film,
// the calcific deposit denser than bone.
float xrayDensityOf(TissueClass t) {
  switch (t) {
    case TissueClass::Bone: return 1.0f;
    case TissueClass::Deposit: return 1.4f;
    case TissueClass::Tendon:
    case TissueClass::Ligament: return 0.10f;
    case TissueClass::Bursa: return 0.07f;
    case TissueClass::Muscle: return 0.08f;
    case TissueClass::Fat: return 0.03f;
    case TissueClass::Skin: return 0.07f;
    default: return 0.08f;
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
