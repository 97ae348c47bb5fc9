// The File menu's case commands (New, Open, Save, Export handout), pins, and the "Save
// changes?" question before an edited case would be lost.
#include "app/controller.h"

#include "anatomy/fit.h"
#include "anatomy/measurement_ranges.h"

#include <algorithm>
#include <cstdio>
#include <sstream>
#include <filesystem>

namespace app {

namespace {
constexpr std::size_t kMaxPins = 64;
constexpr std::size_t kMaxPinText = 120;
}  // namespace

bool Controller::askToSaveFirst(const ui::Command& c) {
  const bool edited = (!state_.caseDoc.path.empty() || state_.caseDoc.dirty) && caseHasUnsavedChanges();
  if (!edited) return false;
  state_.ui.unsavedPendingKind = static_cast<int>(c.kind);
  state_.ui.unsavedPendingText = c.text;
  return true;
}

void Controller::applyCase(const ui::Command& c) {
  using K = ui::CommandKind;
  CaseDocument& doc = state_.caseDoc;
  switch (c.kind) {
    case K::NewCase:
      if (c.flag || !askToSaveFirst(c)) newCase();
      break;
    case K::OpenCase:
      if (c.flag || !askToSaveFirst(c)) openCase(c.text);
      break;
    case K::SaveCase: saveCase(c.text); break;
    case K::ExportHandout:
      if (!c.text.empty()) state_.handoutRequests.push_back(c.text);
      break;
    case K::AddPin: {
      if (c.index < 0 || c.index >= static_cast<int>(state_.atlas.structures.size())) break;
      if (doc.record.pins.size() >= kMaxPins) {
        setStatus("A case holds at most 64 pins", 3.0);
        break;
      }
      anatomy::CasePin pin;
      pin.structure = state_.atlas.structures[static_cast<std::size_t>(c.index)].id;
      pin.point = c.point;
      if (activeView().mirrored) pin.point.x = -pin.point.x;  // pins are kept on the right-foot model
      pin.text = c.text.substr(0, kMaxPinText);
      std::replace(pin.text.begin(), pin.text.end(), '\n', ' ');
      if (pin.text.empty()) pin.text = "Here";
      doc.record.pins.push_back(pin);
      doc.dirty = true;
      state_.ui.pinning = false;
      break;
    }
    case K::FitNumbers: fitNumbers(c.text); break;
    case K::RemovePin:
      if (c.index >= 0 && c.index < static_cast<int>(doc.record.pins.size())) {
        doc.record.pins.erase(doc.record.pins.begin() + c.index);
        doc.dirty = true;
      }
      break;
    default: break;
  }
}

// "Your numbers": each line KEY=VALUE (or side=left|right); the report says per number whether
// the model reached it and, when not, why.
void Controller::fitNumbers(const std::string& lines) {
  anatomy::FitRequest request;
  request.side = side();
  std::istringstream in(lines);
  std::string line;
  std::vector<std::string>& report = state_.ui.fitReport;
  report.clear();
  while (std::getline(in, line)) {
    std::string error;
    if (!line.empty() && !anatomy::parseFitAssignment(line, request, error)) report.push_back(error);
  }
  if (!report.empty()) return;
  if (request.side != side()) setSide(request.side);
  if (request.targets.empty()) {
    report.push_back("Tick at least one number to fit.");
    return;
  }
  if (!canPose()) {
    report.push_back("Fitting needs the built-in model (File > Open built-in model).");
    return;
  }
  const anatomy::FitResult result = fitCase(request.targets);
  for (const anatomy::FitOutcome& o : result.outcomes) {
    const anatomy::MeasurementRange* range = anatomy::findFact(o.key);
    const std::string name = range ? std::string(range->label) : o.key;
    char numbers[96];
    std::snprintf(numbers, sizeof numbers, "%.1f (model %.1f)", static_cast<double>(o.target), static_cast<double>(o.achieved));
    report.push_back(name + " " + numbers + (o.reached ? ": reached" : ": not reached. " + o.reason));
  }
}

}  // namespace app
