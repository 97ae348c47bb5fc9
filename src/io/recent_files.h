// The recent-cases list (File > Recent): absolute paths, most recent first, at most ten,
// one per line in $XDG_CONFIG_HOME/ankle-atlas/recent-cases (else ~/.config/...). Files
// that have gone are dropped when the list is read. Pure file handling, no UI.
#pragma once

#include <cstddef>
#include <string>
#include <vector>

namespace io {

inline constexpr std::size_t kMaxRecentFiles = 10;

// Where the list is kept, from the environment; "" when neither XDG_CONFIG_HOME nor HOME
// is set (the app then keeps no list).
std::string defaultRecentCasesPath();

// The list's files that still exist, most recent first. A missing or unreadable list is an
// empty one: the list is a convenience, never a reason to fail.
std::vector<std::string> readRecentFiles(const std::string& listPath);

// Puts file (made absolute) first, drops it lower down, drops files that have gone, keeps
// kMaxRecentFiles, and saves the list atomically, creating its folder. Returns the new
// list; when the list cannot be saved the new list is still returned.
std::vector<std::string> addRecentFile(const std::string& listPath, const std::string& file);

}  // namespace io
