#include "app/run.h"

#include "app/measure_command.h"
#include "app/model_source.h"
#include "app/structure_list.h"
#include "app/viewer.h"
#include "io/case_file.h"
#include "io/file_error.h"

#include <functional>
#include <iostream>
#include <string>

namespace app {

namespace {
// --hide and --select name structures of the loaded model; an unknown id is bad input for
// every command, not only for the ones that draw (the viewer checks its own).
bool structureOptionsKnown(const AppOptions& options, const anatomy::Atlas& atlas) {
  for (const std::string& id : options.hide)
    if (atlas.indexOf(id) < 0) {
      std::cerr << "ankle-atlas: --hide: no structure with id '" << io::printable(id) << "' (see --list-structures)\n";
      return false;
    }
  if (!options.select.empty() && atlas.indexOf(options.select) < 0) {
    std::cerr << "ankle-atlas: --select: no structure with id '" << io::printable(options.select)
              << "' (see --list-structures)\n";
    return false;
  }
  return true;
}
// --case: reads the case and puts its scene into the options, as if given one by one; the
// command line's own --view, --overlay and --hide still apply. False after one line.
bool readCaseOption(AppOptions& o) {
  if (o.caseFile.empty()) return true;
  try {
    o.caseRecord = io::readCaseFile(o.caseFile);
  } catch (const io::LoadError& e) {
    std::cerr << "ankle-atlas: " << e.what() << "\n";
    return false;
  }
  const anatomy::CaseRecord& c = *o.caseRecord;
  o.conditions = c.conditions;  // the stored severities are the truth; no refit
  o.preset = c.preset;
  o.side = c.side;
  if (!o.viewGiven) {  // the case's view is chosen, as if given: its overlays do not move it
    o.view = geometry::viewId(c.view);
    o.viewGiven = true;
  }
  if (o.overlays.empty()) o.overlays = c.overlays;
  o.hide.insert(o.hide.begin(), c.hidden.begin(), c.hidden.end());
  return true;
}
}  // namespace

int run(const AppOptions& given) {
  AppOptions options = given;
  if (!readCaseOption(options)) return kExitBadInput;
  const auto endsWith = [](const std::string& s, const char* tail) {
    const std::string t(tail);
    return s.size() > t.size() && s.compare(s.size() - t.size(), t.size(), t) == 0;
  };
  if (!options.handout.empty() && !endsWith(options.handout, ".pdf") && !endsWith(options.handout, ".png")) {
    std::cerr << "ankle-atlas: --handout '" << io::printable(options.handout) << "': must end in .pdf or .png\n";
    return kExitBadInput;
  }
  anatomy::Atlas atlas;
  io::LoadReport report;
  Viewer viewer(options);
  // A screenshot starts OpenGL while the import child works. Only after the fork: a child
  // forked while another thread holds a lock (llvmpipe's, the sanitizer allocator's) can
  // deadlock, as it did in CI when OpenGL started on a thread beside the import.
  std::function<void()> whileImporting;
  if ((!options.screenshot.empty() || !options.handout.empty()) && !options.listStructures && !options.measure)
    whileImporting = [&viewer] {
      std::string ignored;  // runScreenshot reports a failed start
      viewer.startOffscreen(ignored);
    };
  try {
    atlas = loadRequestedModel(options, &report, whileImporting);
  } catch (const io::LoadError& e) {
    std::cerr << "ankle-atlas: " << e.what() << "\n";
    return kExitBadInput;
  }
  if ((options.listStructures || options.measure) && !structureOptionsKnown(options, atlas)) return kExitBadInput;
  if (options.listStructures) {
    std::cout << structureListJson(atlas) << "\n";
    return kExitOk;
  }
  if (options.measure) {
    std::cout << measurementJson(atlas, options) << "\n";
    return kExitOk;
  }
  if (!options.handout.empty()) return viewer.runHandout(std::move(atlas), report);
  if (!options.screenshot.empty()) return viewer.runScreenshot(std::move(atlas), report);
  if (options.benchFrames > 0) return viewer.runBenchmark(std::move(atlas), report);
  return viewer.runInteractive(std::move(atlas), report);
}

}  // namespace app
