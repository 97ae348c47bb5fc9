// What the user chose for a model file's up axis and units (View > Up axis / Units),
// remembered per file in the user's configuration folder so the bone stands upright again
// next time. A missing or unreadable settings file means "nothing remembered", never an error
// that stops a model from opening.
#pragma once

#include <string>

namespace io {

struct ModelAxes {
  std::string up = "auto";     // auto, y, -y, z, -z, x, -x (as --up)
  std::string units = "auto";  // auto, mm, cm, m, in (as --units)
  bool operator==(const ModelAxes& o) const { return up == o.up && units == o.units; }
};

// $XDG_CONFIG_HOME/ankle-atlas, else $HOME/.config/ankle-atlas; "" when neither is set.
std::string configDir();
// The settings file: configDir() + "/model-axes.json".
std::string modelAxesPath();

// What was remembered for this file (by its absolute path), or the defaults.
ModelAxes rememberedAxes(const std::string& modelPath);
// Remembers the choice (defaults forget it). Keeps the newest 200 files. Throws
// io::WriteError when the settings file cannot be written.
void rememberAxes(const std::string& modelPath, const ModelAxes& axes);

bool validUp(const std::string& up);
bool validUnits(const std::string& units);

}  // namespace io
