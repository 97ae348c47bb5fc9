#include "anatomy/structure.h"

#include <algorithm>
#include <cctype>

namespace anatomy {

namespace {
struct CategoryInfo {
  Category category;
  const char* id;
  const char* label;
};
constexpr CategoryInfo kCategoryInfo[] = {
    {Category::Bone, "bone", "Bones"},         {Category::Tendon, "tendon", "Tendons"},
    {Category::Ligament, "ligament", "Ligaments and fascia"}, {Category::Bursa, "bursa", "Bursae"},
    {Category::Muscle, "muscle", "Muscles"},   {Category::Fat, "fat", "Fat"},
    {Category::Skin, "skin", "Skin"},          {Category::Other, "other", "Other"},
};

std::string lower(std::string_view s) {
  std::string out(s);
  std::transform(out.begin(), out.end(), out.begin(), [](unsigned char c) { return std::tolower(c); });
  return out;
}

bool containsAny(const std::string& text, std::initializer_list<const char*> words) {
  return std::any_of(words.begin(), words.end(), [&](const char* w) { return text.find(w) != std::string::npos; });
}
}  // namespace

const char* categoryId(Category c) {
  for (const auto& info : kCategoryInfo)
    if (info.category == c) return info.id;
  return "other";
}

const char* categoryLabel(Category c) {
  for (const auto& info : kCategoryInfo)
    if (info.category == c) return info.label;
  return "Other";
}

std::optional<Category> parseCategory(std::string_view id) {
  const std::string key = lower(id);
  for (const auto& info : kCategoryInfo)
    if (key == info.id) return info.category;
  return std::nullopt;
}

Category guessCategory(std::string_view name) {
  const std::string n = lower(name);
  if (containsAny(n, {"bursa"})) return Category::Bursa;
  if (containsAny(n, {"tendon", "achilles"})) return Category::Tendon;
  if (containsAny(n, {"fascia", "ligament"})) return Category::Ligament;
  if (containsAny(n, {"muscle", "gastrocnemius", "soleus", "tibialis", "peroneus", "fibularis", "plantaris"}))
    return Category::Muscle;
  if (containsAny(n, {"fat", "kager"})) return Category::Fat;
  if (containsAny(n, {"skin"})) return Category::Skin;
  if (containsAny(n, {"bone", "calcane", "talus", "tibia", "fibula", "femur", "patella", "navicular", "cuboid",
                      "cuneiform", "metatars", "phalan", "hallux", "sesamoid"}))
    return Category::Bone;
  return Category::Other;
}

std::string makeId(std::string_view name) {
  std::string id;
  bool pendingUnderscore = false;
  for (unsigned char c : name) {
    if (std::isalnum(c)) {
      if (pendingUnderscore && !id.empty()) id += '_';
      pendingUnderscore = false;
      id += static_cast<char>(std::tolower(c));
    } else {
      pendingUnderscore = true;
    }
  }
  return id.empty() ? "structure" : id;
}

bool isWellFormedId(std::string_view id) {
  if (id.empty() || id.size() > kMaxIdLength || id.front() == '_' || id.back() == '_') return false;
  for (std::size_t i = 0; i < id.size(); ++i) {
    const char c = id[i];
    const bool alnum = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');
    if (!alnum && !(c == '_' && id[i - 1] != '_')) return false;
  }
  return true;
}

std::string prettyName(std::string_view id) {
  std::string out(id);
  std::replace(out.begin(), out.end(), '_', ' ');
  if (!out.empty()) out[0] = static_cast<char>(std::toupper(static_cast<unsigned char>(out[0])));
  return out;
}

}  // namespace anatomy
