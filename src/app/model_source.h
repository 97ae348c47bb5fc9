// Where the built-in model lives (installed share folder, build tree or source tree)
// and loading it or a user's file with the command line's unit/axis choices.
#pragma once

#include "anatomy/atlas.h"
#include "app/options.h"
#include "io/model_loader.h"

#include <functional>
#include <string>

namespace app {

// Path of models/foot_ankle.glb; "" if none of the known places has it.
std::string builtInModelPath();
// True when path is a file in the shipped example cases folder (models/cases beside the
// built-in model), which Save must never overwrite.
bool isShippedExampleCase(const std::string& path);
io::LoadOptions loadOptionsFrom(const AppOptions& options);
// The file named in options, or the built-in model. Throws io::LoadError.
// whileImporting: see io::LoadOptions.
anatomy::Atlas loadRequestedModel(const AppOptions& options, io::LoadReport* report = nullptr,
                                  const std::function<void()>& whileImporting = {});

// What the window's pop-up says when a model could not be opened: the file's name (not its
// whole path), the reason, and that the model on screen stays, e.g. "Could not open heel.fbx:
// the importer crashed on this file (...). The previous model is still shown."
std::string loadFailureMessage(const std::string& path, const std::string& reason);

}  // namespace app
