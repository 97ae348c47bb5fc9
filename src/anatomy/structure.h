// Named anatomical structures and the atlas that holds them.
// Frame everywhere: millimetres, +Y up (floor at y = 0), +Z anterior, +X toward the
// body's left. The modelled limb is the RIGHT one, so medial = +X, lateral = -X.
#pragma once

#include "geometry/mesh.h"

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace anatomy {

enum class Category { Bone, Tendon, Ligament, Bursa, Muscle, Fat, Skin, Other };
inline constexpr Category kAllCategories[] = {Category::Bone, Category::Tendon, Category::Ligament, Category::Bursa,
                                              Category::Muscle, Category::Fat, Category::Skin, Category::Other};

enum class Side { Right, Left, Midline };

const char* categoryId(Category c);     // "bone", "tendon", ...
const char* categoryLabel(Category c);  // "Bones", "Tendons", ...
std::optional<Category> parseCategory(std::string_view id);
// Best guess from a node name in a user's file ("Calcaneus_R" -> Bone).
Category guessCategory(std::string_view name);

// "Left Gastrocnemius (medial head)" -> "left_gastrocnemius_medial_head".
std::string makeId(std::string_view name);
// True for ids makeId can produce: lower-case ASCII letters and digits in runs joined by
// single underscores ("metatarsal_1"), at most kMaxIdLength bytes. Files that name
// structures (cases, lessons) are checked with it before any model is at hand.
inline constexpr std::size_t kMaxIdLength = 128;
bool isWellFormedId(std::string_view id);
// "medial_cuneiform" -> "Medial cuneiform".
std::string prettyName(std::string_view id);

struct Structure {
  std::string id;    // stable snake_case, unique in its atlas
  std::string name;  // what a person reads
  Category category = Category::Other;
  Side side = Side::Right;
  geometry::Mesh mesh;  // model space, millimetres
};

}  // namespace anatomy
