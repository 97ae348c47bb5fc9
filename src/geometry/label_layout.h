// Where the name labels of structures go on screen: each label is a box joined to its anchor
// (a point on the structure) by a leader line. Pure layout in pixels, no drawing: boxes never
// overlap each other, stay inside the view and out of forbidden rectangles (panels, legend),
// and a label that cannot be placed is left out rather than drawn over another.
#pragma once

#include <glm/glm.hpp>

#include <vector>

namespace geometry {

struct ScreenRect {
  glm::vec2 min{0.0f}, max{0.0f};
  bool overlaps(const ScreenRect& o) const {
    return min.x < o.max.x && o.min.x < max.x && min.y < o.max.y && o.min.y < max.y;
  }
  bool contains(const ScreenRect& o) const {
    return o.min.x >= min.x && o.min.y >= min.y && o.max.x <= max.x && o.max.y <= max.y;
  }
  bool contains(glm::vec2 p) const { return p.x >= min.x && p.y >= min.y && p.x <= max.x && p.y <= max.y; }
};

struct LabelRequest {
  glm::vec2 anchor{0.0f};  // pixels, top-left origin
  glm::vec2 size{0.0f};    // the box, padding included
};

struct LabelLayoutInput {
  ScreenRect view;                     // labels stay inside
  std::vector<ScreenRect> forbidden;   // and out of these
  ScreenRect model;                    // the model on screen: labels prefer the space beside it
  std::vector<LabelRequest> labels;    // in order of importance: earlier ones are placed first
  float gap = 6.0f;                    // clear space kept between boxes
  float maxLeader = 1e30f;             // longest leader line allowed (pixels)
  int maxLabels = 1 << 30;             // at most this many are placed (the most important)
};

struct PlacedLabel {
  int request = -1;        // index into LabelLayoutInput::labels
  ScreenRect box;
  glm::vec2 lineEnd{0.0f};  // where the leader line meets the box (the anchor is the other end)
};

// Greedy: each label in turn takes the cheapest free candidate (beside its anchor, or in
// the margin left or right of the model at the anchor's height); labels with no free
// candidate are dropped. Deterministic.
std::vector<PlacedLabel> layoutLabels(const LabelLayoutInput& input);

}  // namespace geometry
