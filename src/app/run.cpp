#include "app/run.h"

#include "app/measure_command.h"
#include "app/model_source.h"
#include "app/structure_list.h"
#include "app/viewer.h"

#include <iostream>

namespace app {


int run(const AppOptions& options) {
  anatomy::Atlas atlas;
  io::LoadReport report;
  Viewer viewer(options);
  try {
    // Not side by side with the OpenGL start-up: the import forks a child that does not
    // exec, and a fork while another thread holds a lock (llvmpipe's, the sanitizer
    // allocator's) can leave the child deadlocked; under ASan in CI it hung for 60 s.
    atlas = loadRequestedModel(options, &report);
  } catch (const io::LoadError& e) {
    std::cerr << "ankle-atlas: " << e.what() << "\n";
    return kExitBadInput;
  }
  if (options.listStructures) {
    std::cout << structureListJson(atlas) << "\n";
    return kExitOk;
  }
  if (options.measure) {
    std::cout << measurementJson(atlas, options) << "\n";
    return kExitOk;
  }
  if (!options.screenshot.empty()) return viewer.runScreenshot(std::move(atlas), report);
  if (options.benchFrames > 0) return viewer.runBenchmark(std::move(atlas), report);
  return viewer.runInteractive(std::move(atlas), report);
}

}  // namespace app
