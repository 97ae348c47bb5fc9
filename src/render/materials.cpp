#include "render/materials.h"

namespace render {

Material materialFor(anatomy::TissueClass tissue) {
  const anatomy::TissueLook& look = anatomy::tissueLook(tissue);
  return {look.color, look.specular, look.shininess, look.wrap, look.rim};
}

}  // namespace render
