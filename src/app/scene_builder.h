// Turns the app's state (atlas, what is shown, camera) into what the renderer draws
// and what picking tests, including the mirrored left limb of the whole-leg view, posed
// by the active conditions.
#pragma once

#include "anatomy/atlas.h"
#include "app/app_state.h"
#include "anatomy/posed_model.h"
#include "anatomy/view_state.h"
#include "geometry/camera.h"
#include "geometry/picking.h"
#include "render/frame.h"

#include <vector>

namespace app {

struct SceneOptions {
  bool bothLimbs = false;  // draw the mirror image (x -> -x) of the right limb as the left
  bool mirrored = false;   // a left case: the first limb drawn is the mirrored one
  // When set, structures are drawn and picked as posed: their rigid transforms (both
  // limbs alike) and, for picking, the posed vertices with these local bounds.
  const anatomy::PosedModel* posed = nullptr;
  const std::vector<geometry::Bounds>* posedBounds = nullptr;
  int meshOffset = 0;  // this view's copy of the meshes starts here (Controller::uploadMeshes)
  const std::vector<bool>* skip = nullptr;  // picking: structures to click through
};

// The scene options of view number viewIndex: its limbs, its posed model, its meshes.
SceneOptions sceneOptionsFor(const ViewSlot& view, int viewIndex, const anatomy::Atlas& atlas);

// The left limb is the right one mirrored in the body's midline plane x = 0.
glm::mat4 leftLimbTransform();

// Structures shown in the frame; pick ids: index for the right limb, index + count for the left.
render::FrameDesc buildFrame(const anatomy::Atlas& atlas, const anatomy::ViewState& view,
                             const geometry::OrbitCamera& camera, int width, int height, const SceneOptions& options);
// minOpacity lets clicks pass through faint structures such as skin.
std::vector<geometry::PickTarget> pickTargets(const anatomy::Atlas& atlas, const anatomy::ViewState& view,
                                              const SceneOptions& options, float minOpacity);
int structureFromPickId(const anatomy::Atlas& atlas, int pickId);

// What a standard view frames: the foot and ankle of the built-in model for close views,
// both whole limbs for the whole-leg view, the whole model for a user's file.
geometry::Bounds framingBounds(const anatomy::Atlas& atlas, const anatomy::ViewState& view,
                               geometry::StandardView v);

}  // namespace app
