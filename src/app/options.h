// Command-line options: one table (name, default, help) feeds both --help and the
// in-app "Command line" help window; parseOptions turns argv into AppOptions.
#pragma once

#include "anatomy/case_record.h"
#include "anatomy/conditions.h"
#include "anatomy/fit.h"
#include "anatomy/overlays.h"
#include "anatomy/view_mode.h"

#include <optional>
#include <string>
#include <vector>

namespace app {

enum ExitCode { kExitOk = 0, kExitInternal = 1, kExitBadInput = 2, kExitNoOpenGL = 3 };

struct AppOptions {
  std::string file;  // empty: the built-in model
  std::string screenshot;
  int width = 1920, height = 1080;
  std::string view = "lateral";
  std::vector<std::string> hide;
  std::string select;
  bool withUi = false;
  bool listStructures = false;
  int benchFrames = 0;
  bool soak = false;  // with benchFrames: the scripted soak session (soak_script.h)
  std::string up = "auto";
  std::string units = "auto";
  int samples = 8;
  int textSizePercent = 100;  // --text-size: the UI scale in percent (Ctrl +/- in the window)
  int movingLevel = 0;  // with screenshot: draw it as a moving frame at this level (1-7); 0 = still
  bool noIsolation = false;
  bool measure = false;
  std::string preset;               // "" when none was named
  anatomy::Conditions conditions;   // the preset's, then each --condition on top
  std::vector<anatomy::OverlayKind> overlays;  // --overlay
  bool viewGiven = false;                       // --view was on the command line
  std::string lesson;  // --lesson: a shipped lesson's name or a path
  int step = 1;        // --step: which step of it, from 1
  int ankle = 0;       // --ankle: degrees, dorsiflexion + (copied into conditions.ankleDeg)
  int quiz = -1;       // --quiz: the seed of a quiz to start with; -1 none
  anatomy::FitRequest fit;  // --fit targets and side; fitted from `conditions` when used
  bool compare = false;  // --compare: normal beside the case
  bool ghost = false;    // --ghost: the normal outline over the case
  bool patient = false;  // --patient: patient mode
  anatomy::ViewMode mode = anatomy::ViewMode::Normal;  // --mode
  float sectionOffsetMm = 0.0f;                        // --section-offset (alone it implies --mode section)
  std::string labels = "lesson";    // --labels: lesson, all, selected, off
  std::string palette = "default";  // --palette
  bool presentation = false;        // --presentation: panels tucked away, text twice as large
  bool printLabels = false;         // --print-labels: the screenshot's label boxes on stdout
  std::string caseFile;     // --case
  std::string handout;      // --handout: a .pdf or .png to write from the case
  // The case read from caseFile (app::run reads it and folds its scene into the fields above).
  std::optional<anatomy::CaseRecord> caseRecord;
  anatomy::Side side = anatomy::Side::Right;  // the case's
};

enum class OptionType { Positional, Flag, Text, Integer, List };

// One row of the option table, which drives the parser, --help and the README's option list.
struct OptionSpec {
  std::string name;  // "--view", or "FILE" for the positional
  OptionType type = OptionType::Text;
  std::string defaultValue;          // as shown to the user
  std::vector<std::string> choices;  // allowed values (empty: any)
  bool checkChoices = true;          // false: the choices are listed, the option checks its value itself
  int min = 0, max = 0;              // Integer: the allowed range
  std::string needs;                 // another option this one only makes sense with
  std::string help;
};
const std::vector<OptionSpec>& optionTable();
// The table as the Markdown list the README carries (tests keep the two equal).
std::string optionTableMarkdown();

// Parses argv. On --help/--version (prints, exitCode 0) or an error (one line on
// stderr, exitCode 2) returns nullopt and sets exitCode.
std::optional<AppOptions> parseOptions(int argc, const char* const* argv, int& exitCode);

}  // namespace app
