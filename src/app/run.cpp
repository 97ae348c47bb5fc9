#include "app/run.h"

#include "app/measure_command.h"
#include "app/model_source.h"
#include "app/structure_list.h"
#include "app/viewer.h"

#include <future>
#include <iostream>

namespace app {

namespace {
bool isHeadlessJob(const AppOptions& options) {
  return !options.listStructures && !options.measure && (!options.screenshot.empty() || options.benchFrames > 0);
}
}  // namespace

int run(const AppOptions& options) {
  anatomy::Atlas atlas;
  io::LoadReport report;
  Viewer viewer(options);
  try {
    if (isHeadlessJob(options)) {
      // The import (a child process) and the OpenGL start-up (context, shader compilation)
      // take comparable time and use different cores: run them side by side. A bad file
      // still wins over a missing display, as when they ran one after the other.
      auto loading = std::async(std::launch::async, [&options, &report] { return loadRequestedModel(options, &report); });
      std::string ignored;  // the job reports it
      viewer.startOffscreen(ignored);
      atlas = loading.get();
    } else {
      atlas = loadRequestedModel(options, &report);
    }
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
