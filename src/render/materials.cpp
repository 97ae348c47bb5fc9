#include "render/materials.h"

namespace render {

Material materialFor(anatomy::Category category, std::string_view structureId) {
  using anatomy::Category;
  if (structureId.find("calcific") != std::string_view::npos || structureId.find("spur") != std::string_view::npos)
    return {{1.0f, 0.58f, 0.16f}, 0.45f, 40.0f, 0.0f, 0.35f};  // orange: apart from fat's yellow
  switch (category) {
    case Category::Bone: return {{0.93f, 0.88f, 0.78f}, 0.22f, 28.0f, 0.05f, 0.22f};
    case Category::Tendon: return {{0.72f, 0.82f, 0.95f}, 0.55f, 48.0f, 0.15f, 0.3f};
    case Category::Ligament: return {{0.70f, 0.86f, 0.80f}, 0.35f, 36.0f, 0.15f, 0.25f};
    case Category::Bursa: return {{0.68f, 0.45f, 0.95f}, 0.5f, 40.0f, 0.3f, 0.35f};
    case Category::Muscle: return {{0.78f, 0.32f, 0.30f}, 0.18f, 16.0f, 0.3f, 0.2f};
    case Category::Fat: return {{0.98f, 0.82f, 0.38f}, 0.25f, 20.0f, 0.35f, 0.2f};
    case Category::Skin: return {{0.95f, 0.78f, 0.68f}, 0.12f, 12.0f, 0.4f, 0.45f};
    case Category::Other: break;
  }
  return {{0.80f, 0.80f, 0.84f}, 0.25f, 24.0f, 0.05f, 0.25f};
}

}  // namespace render
