#include "app/options.h"

#include "geometry/camera.h"
#include "geometry/section_plane.h"
#include "io/file_error.h"

#include <CLI/CLI.hpp>

#include <cmath>
#include <iostream>
#include <locale>
#include <map>
#include <sstream>

namespace app {

namespace {
std::vector<std::string> viewChoices() {
  std::vector<std::string> out;
  for (geometry::StandardView v : geometry::kAllViews) out.push_back(geometry::viewId(v));
  return out;
}

std::vector<std::string> presetChoices() {
  std::vector<std::string> out;
  for (const anatomy::Preset& p : anatomy::presets()) out.push_back(p.id);
  return out;
}

std::string conditionNames() {
  std::string out;
  for (const anatomy::ConditionInfo& c : anatomy::conditionInfos()) out += std::string(out.empty() ? "" : ", ") + c.key;
  return out;
}

std::vector<std::string> modeChoices() {
  std::vector<std::string> out;
  for (anatomy::ViewMode m : anatomy::kAllViewModes) out.push_back(anatomy::viewModeId(m));
  return out;
}

std::string overlayNames() {
  std::string out;
  for (anatomy::OverlayKind k : anatomy::kAllOverlays) out += std::string(anatomy::overlayId(k)) + ", ";
  return out + "or all";
}

OptionSpec spec(std::string name, OptionType type, std::string defaultValue, std::string help) {
  OptionSpec s;
  s.name = std::move(name);
  s.type = type;
  s.defaultValue = std::move(defaultValue);
  s.help = std::move(help);
  return s;
}

OptionSpec choice(std::string name, std::string defaultValue, std::vector<std::string> choices, std::string help) {
  OptionSpec s = spec(std::move(name), OptionType::Text, std::move(defaultValue), std::move(help));
  s.choices = std::move(choices);
  return s;
}

OptionSpec integer(std::string name, std::string defaultValue, int min, int max, std::string help,
                   std::string needs = {}) {
  OptionSpec s = spec(std::move(name), OptionType::Integer, std::move(defaultValue), std::move(help));
  s.min = min;
  s.max = max;
  s.needs = std::move(needs);
  return s;
}

std::vector<OptionSpec> buildTable() {
  using T = OptionType;
  std::vector<OptionSpec> t;
  t.push_back(spec("FILE", T::Positional, "built-in model",
                   "Model to open: OBJ, STL, PLY, glTF/GLB, FBX, DAE and other formats Assimp reads"));
  t.push_back(spec("--screenshot", T::Text, "", "Render one frame offscreen to this PNG file and exit"));
  t.push_back(spec("--size", T::Text, "1920x1080", "Screenshot or benchmark size, WIDTHxHEIGHT (16-8192)"));
  t.push_back(choice("--view", "lateral", viewChoices(),
                     "Standard view to show (with --preset and --screenshot: the preset's own view)"));
  t.push_back(spec("--hide", T::List, "", "Structures to hide, comma-separated ids (see --list-structures)"));
  t.push_back(spec("--select", T::Text, "", "Structure to select (highlighted with an outline)"));
  t.push_back(spec("--with-ui", T::Flag, "off", "Include the panels in --screenshot"));
  t.push_back(integer("--text-size", "100", 100, 300,
                      "Text and panel size in percent, 100-300 (in the window: Ctrl +/-); with --screenshot on "
                      "top of the scaling the size itself brings"));
  t.push_back(integer("--moving-level", "off", 1, 7,
                      "With --screenshot: draw the frame as while the view moves, at a reduced level "
                      "(7: 0.35 scale), coarse meshes",
                      "--screenshot"));
  t.push_back(spec("--list-structures", T::Flag, "off", "Print the structures as JSON and exit (needs no display)"));
  t.push_back(integer("--bench-frames", "0", 1, 1000000,
                      "Render N interactive frames offscreen and print median_ms and p95_ms as JSON"));
  OptionSpec soak = spec("--soak", T::Flag, "off",
                         "With --bench-frames: play a scripted lecture (views, hiding, conditions, overlays, reloads)");
  soak.needs = "--bench-frames";
  t.push_back(soak);
  t.push_back(choice("--up", "auto", {"auto", "y", "-y", "z", "-z", "x", "-x"}, "Up axis of FILE"));
  t.push_back(choice("--units", "auto", {"auto", "mm", "cm", "m", "in"}, "Units of FILE"));
  t.push_back(integer("--samples", "8", 1, 16, "Multisample anti-aliasing samples"));
  t.push_back(spec("--no-isolation", T::Flag, "off", "Import in-process instead of a crash-isolated child (debugging)"));
  t.push_back(spec("--measure", T::Flag, "off",
                   "Print every clinical measurement of the posed model as JSON and exit (needs no display)"));
  OptionSpec preset = choice("--preset", "normal", presetChoices(), "Start from a preset");
  preset.checkChoices = false;  // resolveConditions also takes "flat_foot" and names every preset when wrong
  t.push_back(preset);
  t.push_back(spec("--condition", T::List, "",
                   "NAME=SEVERITY (0-1), repeatable; combines with and overrides the preset. NAME: " + conditionNames() +
                       "; also spur-inclination=DEGREES (0-45, default 25): the spur's angle to the posterior cortex"));
  t.push_back(integer("--ankle", "0", -45, 20,
                      "Ankle angle in degrees, dorsiflexion + (a heel drop below a step), plantarflexion - "
                      "(a heel raise); the Achilles lengthens and presses the bursa in dorsiflexion"));
  t.push_back(spec("--overlay", T::Text, "",
                   "Measurement overlays, comma-separated: " + overlayNames() +
                       " (shows the first one's view unless --view is given)"));
  t.push_back(choice("--mode", "normal", modeChoices(),
                     "How the model is drawn: shaded, as a radiograph (xray), or cut by a plane (section)"));
  t.push_back(spec("--section-offset", T::Text, "0",
                   "Section mode: move the cutting plane (through the Achilles insertion, square to the view: "
                   "sagittal from the side, coronal from behind) this many mm along its normal (+ medial, "
                   "anterior or up), -200 to 200; alone it implies --mode section"));
  t.push_back(spec("--lesson", T::Text, "",
                   "Play a lesson: a shipped lesson's name (see the Lessons menu) or a .aalesson file"));
  t.push_back(integer("--step", "1", 1, 500, "With --lesson: start at this step (with --screenshot: render it)",
                      "--lesson"));
  t.push_back(choice("--labels", "lesson", {"lesson", "all", "selected", "off"},
                     "Name labels on the model: the lesson step's own, every visible structure, the selection, or none"));
  t.push_back(choice("--palette", "default", {"default", "high-contrast", "colour-blind"},
                     "Colours of the verdicts and overlays (each verdict also has its own glyph)"));
  t.push_back(spec("--presentation", T::Flag, "off",
                   "Presentation mode: full screen, panels tucked away, text and labels twice as large"));
  OptionSpec printLabels = spec("--print-labels", T::Flag, "off",
                                "With --screenshot: print each drawn label's box and anchor (pixels), and a lesson's "
                                "caption box, as one JSON line");
  printLabels.needs = "--screenshot";
  t.push_back(printLabels);
  t.push_back(integer("--quiz", "off", 0, 1000000,
                      "Start a quiz with this seed (the same seed asks the same questions; with --screenshot "
                      "and --with-ui: its first question)"));
  OptionSpec fit = spec("--fit", T::List, "",
                        "With --measure: KEY=VALUE, repeatable, a patient's measured value (a --measure key, "
                        "e.g. calcaneal_pitch_deg=14) or side=left|right; fits the condition severities to "
                        "them on top of --preset and --condition, and adds the fit to the JSON");
  fit.needs = "--measure";
  t.push_back(fit);
  t.push_back(spec("--compare", T::Flag, "off",
                   "Split view: a normal heel on the left beside the conditions on the right, one camera"));
  t.push_back(spec("--ghost", T::Flag, "off", "Draw the normal outline over the structures the conditions change"));
  t.push_back(spec("--patient", T::Flag, "off", "Patient mode: plain words, large type, few controls"));
  t.push_back(spec("--case", T::Text, "",
                   "Open a patient case (.aacase): its side, conditions, view, overlays and hidden structures "
                   "(instead of --preset and --condition; --view, --overlay and --hide still apply); works with "
                   "--screenshot and --measure. Examples in models/cases/"));
  OptionSpec handout = spec("--handout", T::Text, "",
                            "With --case: write the patient handout, an A4 page, to this .pdf or .png file and exit");
  handout.needs = "--case";
  t.push_back(handout);
  return t;
}

// Where each option's value goes.
struct Targets {
  std::map<std::string, std::string*> text;
  std::map<std::string, int*> integer;
  std::map<std::string, bool*> flag;
  std::map<std::string, std::vector<std::string>*> list;
};

void addOption(CLI::App& cli, const OptionSpec& s, Targets& targets) {
  std::string help = s.help;
  if (!s.choices.empty()) help += " (one of: " + [&] {
    std::string joined;
    for (const std::string& c : s.choices) joined += (joined.empty() ? "" : ", ") + c;
    return joined;
  }() + ")";
  CLI::Option* option = nullptr;
  switch (s.type) {
    case OptionType::Positional:
    case OptionType::Text: option = cli.add_option(s.name, *targets.text.at(s.name), help); break;
    case OptionType::Integer: option = cli.add_option(s.name, *targets.integer.at(s.name), help); break;
    case OptionType::Flag: option = cli.add_flag(s.name, *targets.flag.at(s.name), help); break;
    case OptionType::List:
      option = cli.add_option(s.name, *targets.list.at(s.name), help)
                   ->allow_extra_args(false)
                   ->multi_option_policy(CLI::MultiOptionPolicy::TakeAll);
      break;
  }
  if (!s.choices.empty() && s.checkChoices) option->check(CLI::IsMember(s.choices));
  if (s.type == OptionType::Integer) option->check(CLI::Range(s.min, s.max));
  if (!s.needs.empty()) option->needs(s.needs);
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
      for (const std::string& p : presetChoices()) names += (names.empty() ? "" : ", ") + p;
      std::cerr << "ankle-atlas: --preset '" << io::printable(o.preset) << "' is not one of " << names << "\n";
      return false;
    }
    o.conditions = *preset;
  }
  for (const std::string& text : texts) {
    std::string error;
    if (!anatomy::applyConditionAssignment(text, o.conditions, error)) {
      std::cerr << "ankle-atlas: --condition " << io::printable(error) << "\n";
      return false;
    }
  }
  return true;
}

// --section-offset: a number of millimetres within the plane's range.
bool parseSectionOffset(const std::string& text, float& mm) {
  std::istringstream in(text);
  in.imbue(std::locale::classic());
  double value = 0.0;
  if (!(in >> value) || !(in >> std::ws).eof() || !std::isfinite(value) ||
      std::abs(value) > static_cast<double>(geometry::kSectionMaxOffsetMm)) {
    std::cerr << "ankle-atlas: --section-offset '" << io::printable(text) << "' is not a number of mm from -"
              << geometry::kSectionMaxOffsetMm << " to " << geometry::kSectionMaxOffsetMm << "\n";
    return false;
  }
  mm = static_cast<float>(value);
  return true;
}

// What the parsed strings mean; false after one line on stderr.
bool interpret(AppOptions& o, const std::string& size, const std::vector<std::string>& hide,
               const std::vector<std::string>& conditions, const std::string& overlays, bool overlayGiven,
               const std::vector<std::string>& fit) {
  if (!parseSize(size, o.width, o.height)) {
    std::cerr << "ankle-atlas: --size '" << io::printable(size) << "' is not WIDTHxHEIGHT between 16 and 8192 (e.g. 1920x1080)\n";
    return false;
  }
  o.hide = splitIds(hide);
  if (overlayGiven) {
    std::string error;
    const auto kinds = anatomy::parseOverlayList(overlays, error);
    if (!kinds) {
      std::cerr << "ankle-atlas: --overlay: " << io::printable(error) << "\n";
      return false;
    }
    o.overlays = *kinds;
  }
  if (!resolveConditions(o, conditions)) return false;
  for (const std::string& text : fit) {
    std::string error;
    if (!anatomy::parseFitAssignment(text, o.fit, error)) {
      std::cerr << "ankle-atlas: --fit " << error << "\n";
      return false;
    }
  }
  return true;
}
}  // namespace

const std::vector<OptionSpec>& optionTable() {
  static const std::vector<OptionSpec> table = buildTable();
  return table;
}

std::string optionTableMarkdown() {
  std::string out = "| option | default | what it does |\n|---|---|---|\n";
  for (const OptionSpec& s : optionTable()) {
    std::string help = s.help;
    if (!s.choices.empty()) {
      help += ": ";
      for (std::size_t i = 0; i < s.choices.size(); ++i) help += (i ? ", " : "") + s.choices[i];
    } else if (s.type == OptionType::Integer) {
      help += " (" + std::to_string(s.min) + "-" + std::to_string(s.max) + ")";
    }
    out += "| `" + s.name + "` | " + (s.defaultValue.empty() ? std::string("-") : s.defaultValue) + " | " + help + " |\n";
  }
  return out;
}

std::optional<AppOptions> parseOptions(int argc, const char* const* argv, int& exitCode) {
  AppOptions o;
  std::string size = "1920x1080", overlays, mode = "normal", sectionOffset = "0";
  std::vector<std::string> hide, conditionTexts, fitTexts;
  Targets targets;
  targets.text = {{"FILE", &o.file},           {"--screenshot", &o.screenshot}, {"--size", &size},
                  {"--view", &o.view},         {"--select", &o.select},         {"--up", &o.up},
                  {"--units", &o.units},       {"--preset", &o.preset},         {"--overlay", &overlays},
                  {"--lesson", &o.lesson},     {"--mode", &mode},               {"--section-offset", &sectionOffset},
                  {"--labels", &o.labels},         {"--palette", &o.palette},
                  {"--case", &o.caseFile},         {"--handout", &o.handout}};
  targets.integer = {{"--moving-level", &o.movingLevel},
                     {"--bench-frames", &o.benchFrames},
                     {"--samples", &o.samples},
                     {"--text-size", &o.textSizePercent},
                     {"--step", &o.step},
                     {"--ankle", &o.ankle},
                     {"--quiz", &o.quiz}};
  targets.flag = {{"--with-ui", &o.withUi},     {"--list-structures", &o.listStructures}, {"--soak", &o.soak},
                  {"--no-isolation", &o.noIsolation}, {"--measure", &o.measure},
                  {"--compare", &o.compare}, {"--ghost", &o.ghost}, {"--patient", &o.patient},
                  {"--presentation", &o.presentation}, {"--print-labels", &o.printLabels}};
  targets.list = {{"--hide", &hide}, {"--condition", &conditionTexts}, {"--fit", &fitTexts}};
  CLI::App cli{"Ankle Atlas: an interactive 3D atlas of the foot, ankle and Achilles tendon", "ankle-atlas"};
  cli.set_version_flag("--version", std::string("ankle-atlas ") + AA_VERSION);
  for (const OptionSpec& s : optionTable()) addOption(cli, s, targets);
  cli.footer(
      "Keys in the viewer: 1-7 standard views, R back to the view, F focus selection, H hide, I isolate,\n"
      "Esc clear, arrows orbit, +/- zoom, P next preset, O next overlay, X X-ray, C section (Shift+drag moves\n"
      "the plane, Ctrl+Shift+drag turns it), L labels, K palette, F5 presentation, V compare, G normal outline,\n"
      "F6 patient mode, W pen, E clear drawing, Ctrl+O open, F12 screenshot, F1 help,\n"
      "F2 keyboard into the panels (arrows, Space; F2 next panel, Esc back to the view).\n"
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
    std::cerr << "ankle-atlas: " << io::printable(e.what()) << " (see --help)\n";
    exitCode = kExitBadInput;
    return std::nullopt;
  }
  o.viewGiven = cli.count("--view") > 0;
  o.mode = anatomy::parseViewMode(mode).value_or(anatomy::ViewMode::Normal);  // checked against the choices
  if (cli.count("--section-offset") > 0) {
    if (!parseSectionOffset(sectionOffset, o.sectionOffsetMm)) {
      exitCode = kExitBadInput;
      return std::nullopt;
    }
    if (cli.count("--mode") == 0) o.mode = anatomy::ViewMode::Section;
  }
  if (!interpret(o, size, hide, conditionTexts, overlays, cli.count("--overlay") > 0, fitTexts)) {
    exitCode = kExitBadInput;
    return std::nullopt;
  }
  o.conditions.ankleDeg = static_cast<float>(o.ankle);
  // A preset's screenshot shows it in its own (heel) view unless --view says otherwise.
  if (const anatomy::Preset* p = anatomy::findPreset(o.preset); p && p->view && !o.viewGiven && !o.screenshot.empty())
    o.view = p->view;
  exitCode = kExitOk;
  return o;
}

}  // namespace app
