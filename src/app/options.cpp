#include "app/options.h"

#include "anatomy/conditions.h"
#include "geometry/camera.h"

#include <CLI/CLI.hpp>

#include <cstdio>
#include <cstring>
#include <iostream>
#include <sstream>

namespace app {

const std::vector<OptionSpec>& optionTable() {
  static const std::vector<OptionSpec> table = {
      {"FILE", "built-in model", "Model to open: OBJ, STL, PLY, glTF/GLB, FBX, DAE and other formats Assimp reads"},
      {"--screenshot", "", "Render one frame offscreen to this PNG file and exit"},
      {"--size", "1920x1080", "Screenshot or benchmark size, WIDTHxHEIGHT"},
      {"--view", "lateral", "Standard view: lateral, medial, posterior, anterior, plantar, superior, whole-leg, heel-lateral, "
       "heel-posterior, heel-posterolateral (with --preset and --screenshot: the preset's own view)"},
      {"--hide", "", "Structures to hide, comma-separated ids (see --list-structures)"},
      {"--select", "", "Structure to select (highlighted with an outline)"},
      {"--with-ui", "off", "Include the panels in --screenshot"},
      {"--moving-level", "off",
       "With --screenshot: draw the frame as while the view moves, at reduced level 1-7 (7: 0.35 scale), coarse meshes"},
      {"--list-structures", "off", "Print the structures as JSON and exit (needs no display)"},
      {"--bench-frames", "0", "Render N interactive frames offscreen and print median_ms and p95_ms as JSON"},
      {"--soak", "off", "With --bench-frames: play a scripted lecture (views, hiding, conditions, overlays, reloads)"},
      {"--up", "auto", "Up axis of FILE: auto, y, -y, z, -z, x, -x"},
      {"--units", "auto", "Units of FILE: auto, mm, cm, m, in"},
      {"--samples", "8", "Multisample anti-aliasing samples (1-16)"},
      {"--no-isolation", "off", "Import in-process instead of a crash-isolated child (debugging)"},
      {"--measure", "off", "Print every clinical measurement of the posed model as JSON and exit (needs no display)"},
      {"--preset", "normal",
       "Start from a preset: normal, flat-foot, pronation, genu-valgum, haglund, calcific-spur, bursitis, "
       "insertional-tendinopathy, rupture"},
      {"--condition", "", "NAME=SEVERITY (0-1), repeatable; combines with and overrides the preset (e.g. flat_foot=0.6)"},
      {"--overlay", "", "Measurement overlays, comma-separated: lateral, posterior, whole-leg, or all (shows the first one's view unless --view is given)"},
  };
  return table;
}

namespace {
const char* helpFor(const char* name) {
  for (const auto& spec : optionTable())
    if (std::strcmp(spec.name, name) == 0) return spec.help;
  return "";
}

bool parseSize(const std::string& text, int& w, int& h) {
  char x = 0;
  std::istringstream in(text);
  if (!(in >> w >> x >> h) || (x != 'x' && x != 'X') || !in.eof()) return false;
  return w >= 16 && h >= 16 && w <= 8192 && h <= 8192;
}

std::vector<std::string> splitIds(const std::vector<std::string>& items) {
  std::vector<std::string> out;
  for (const std::string& item : items) {
    std::istringstream in(item);
    std::string id;
    while (std::getline(in, id, ','))
      if (!id.empty()) out.push_back(id);
  }
  return out;
}
// The preset's severities, then each NAME=SEVERITY on top. One line on stderr when bad.
bool resolveConditions(AppOptions& o, const std::vector<std::string>& texts) {
  if (!o.preset.empty()) {
    const auto preset = anatomy::presetConditions(o.preset);
    if (!preset) {
      std::string names;
      for (const auto& p : anatomy::presets()) names += std::string(names.empty() ? "" : ", ") + p.id;
      std::cerr << "ankle-atlas: --preset '" << o.preset << "' is not one of " << names << "\n";
      return false;
    }
    o.conditions = *preset;
  }
  for (const std::string& text : texts) {
    std::string error;
    const auto assignment = anatomy::parseConditionAssignment(text, error);
    if (!assignment) {
      std::cerr << "ankle-atlas: --condition " << error << "\n";
      return false;
    }
    o.conditions.set(assignment->first, assignment->second);
  }
  return true;
}
}  // namespace

std::optional<AppOptions> parseOptions(int argc, const char* const* argv, int& exitCode) {
  AppOptions o;
  std::string size = "1920x1080";
  std::vector<std::string> hide;
  CLI::App cli{"Ankle Atlas: an interactive 3D atlas of the foot, ankle and Achilles tendon", "ankle-atlas"};
  cli.set_version_flag("--version", std::string("ankle-atlas ") + AA_VERSION);
  cli.add_option("FILE", o.file, helpFor("FILE"));
  cli.add_option("--screenshot", o.screenshot, helpFor("--screenshot"));
  cli.add_option("--size", size, helpFor("--size"));
  std::vector<std::string> viewIds;
  for (geometry::StandardView v : geometry::kAllViews) viewIds.emplace_back(geometry::viewId(v));
  cli.add_option("--view", o.view, helpFor("--view"))->check(CLI::IsMember(viewIds));
  cli.add_option("--hide", hide, helpFor("--hide"));
  cli.add_option("--select", o.select, helpFor("--select"));
  cli.add_flag("--with-ui", o.withUi, helpFor("--with-ui"));
  cli.add_option("--moving-level", o.movingLevel, helpFor("--moving-level"))->check(CLI::Range(1, 7))->needs("--screenshot");
  cli.add_flag("--list-structures", o.listStructures, helpFor("--list-structures"));
  cli.add_option("--bench-frames", o.benchFrames, helpFor("--bench-frames"))->check(CLI::Range(1, 1000000));
  cli.add_option("--up", o.up, helpFor("--up"))->check(CLI::IsMember({"auto", "y", "-y", "z", "-z", "x", "-x"}));
  cli.add_option("--units", o.units, helpFor("--units"))->check(CLI::IsMember({"auto", "mm", "cm", "m", "in"}));
  cli.add_option("--samples", o.samples, helpFor("--samples"))->check(CLI::Range(1, 16));
  cli.add_flag("--no-isolation", o.noIsolation, helpFor("--no-isolation"));
  cli.add_flag("--soak", o.soak, helpFor("--soak"))->needs("--bench-frames");
  std::vector<std::string> conditionTexts;
  cli.add_flag("--measure", o.measure, helpFor("--measure"));
  cli.add_option("--preset", o.preset, helpFor("--preset"));
  cli.add_option("--condition", conditionTexts, helpFor("--condition"))
      ->allow_extra_args(false)
      ->multi_option_policy(CLI::MultiOptionPolicy::TakeAll);
  std::string overlays;
  cli.add_option("--overlay", overlays, helpFor("--overlay"));
  cli.footer(
      "Keys in the viewer: 1-7 standard views, R reset, F focus selection, H hide, I isolate,\n"
      "Esc clear, arrows orbit, +/- zoom, P next preset, O next overlay, Ctrl+O open, F12 screenshot, F1 help.\n"
      "Exit codes: 0 ok, 2 bad input or options, 3 no OpenGL 3.3 context.");
  try {
    cli.parse(argc, argv);
  } catch (const CLI::CallForHelp&) {
    std::cout << cli.help();
    exitCode = kExitOk;
    return std::nullopt;
  } catch (const CLI::CallForVersion& e) {
    std::cout << e.what() << "\n";
    exitCode = kExitOk;
    return std::nullopt;
  } catch (const CLI::ParseError& e) {
    std::cerr << "ankle-atlas: " << e.what() << " (see --help)\n";
    exitCode = kExitBadInput;
    return std::nullopt;
  }
  if (!parseSize(size, o.width, o.height)) {
    std::cerr << "ankle-atlas: --size '" << size << "' is not WIDTHxHEIGHT between 16 and 8192 (e.g. 1920x1080)\n";
    exitCode = kExitBadInput;
    return std::nullopt;
  }
  o.hide = splitIds(hide);
  o.viewGiven = cli.count("--view") > 0;
  if (cli.count("--overlay") > 0) {
    std::string error;
    const auto kinds = anatomy::parseOverlayList(overlays, error);
    if (!kinds) {
      std::cerr << "ankle-atlas: --overlay: " << error << "\n";
      exitCode = kExitBadInput;
      return std::nullopt;
    }
    o.overlays = *kinds;
  }
  if (!resolveConditions(o, conditionTexts)) {
    exitCode = kExitBadInput;
    return std::nullopt;
  }
  // A preset's screenshot shows it in its own (heel) view unless --view says otherwise.
  if (const anatomy::Preset* p = anatomy::findPreset(o.preset); p && p->view && !o.viewGiven && !o.screenshot.empty())
    o.view = p->view;
  exitCode = kExitOk;
  return o;
}

}  // namespace app
