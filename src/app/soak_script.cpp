#include "app/soak_script.h"

#include "anatomy/conditions.h"
#include "anatomy/overlays.h"

namespace app {

namespace {

constexpr anatomy::Category kCategories[] = {anatomy::Category::Bone,   anatomy::Category::Tendon,
                                              anatomy::Category::Bursa,  anatomy::Category::Muscle,
                                              anatomy::Category::Fat,    anatomy::Category::Skin};

ui::Command command(ui::CommandKind kind, int index = -1, float value = 0.0f, bool flag = false) {
  ui::Command c = ui::makeCommand(kind);
  c.index = index;
  c.value = value;
  c.flag = flag;
  return c;
}

// Every `period` frames (from frame `period` on), the how-many-th time this is.
bool every(int frame, int period, int& count) {
  if (frame <= 0 || frame % period != 0) return false;
  count = frame / period;
  return true;
}

void addViewAndStructureSteps(int frame, int n, SoakStep& step) {
  int k = 0;
  if (every(frame, 120, k)) {
    ui::Command c = command(ui::CommandKind::SetView);
    c.view = geometry::kAllViews[k % 7];
    step.commands.push_back(c);
  }
  if (n <= 0) return;
  if (every(frame, 7, k)) step.commands.push_back(command(ui::CommandKind::SetVisible, k % n, 0.0f, k % 2 == 0));
  if (every(frame, 30, k)) step.commands.push_back(command(ui::CommandKind::Select, k % n));
  if (every(frame, 50, k)) {
    ui::Command c = command(ui::CommandKind::SetCategoryOpacity, -1, k % 2 ? 0.3f : 1.0f);
    c.category = kCategories[k % 6];
    step.commands.push_back(c);
  }
  if (every(frame, 500, k))
    step.commands.push_back(k % 2 ? command(ui::CommandKind::Isolate, k % n) : command(ui::CommandKind::ShowAll));
}

void addConditionSteps(int frame, SoakStep& step) {
  int k = 0;
  if (every(frame, 11, k)) {
    const int condition = k % static_cast<int>(anatomy::kConditionCount);
    step.commands.push_back(command(ui::CommandKind::SetSeverity, condition, static_cast<float>(k % 5) / 4.0f));
  }
  if (every(frame, 90, k)) {
    ui::Command c = command(ui::CommandKind::SetPreset);
    const auto& all = anatomy::presets();
    c.text = all[static_cast<std::size_t>(k) % all.size()].id;
    step.commands.push_back(c);
  }
  if (every(frame, 60, k))
    step.commands.push_back(
        command(ui::CommandKind::SetOverlay, k % static_cast<int>(anatomy::kOverlayCount), 0.0f, (k / 3) % 2 == 0));
}

}  // namespace

SoakStep soakStep(int frame, int structureCount) {
  SoakStep step;
  addViewAndStructureSteps(frame, structureCount, step);
  addConditionSteps(frame, step);
  int k = 0;
  step.togglePanels = every(frame, 250, k);
  step.toggleHelp = every(frame, 400, k);
  // Every moving level in turn (1..7, then again), 200 frames each: both halves of a
  // 10,000-frame run visit each level the same number of times.
  if (frame == 0 || every(frame, 200, k)) step.movingLevel = 1 + (frame / 200) % 7;
  return step;
}

}  // namespace app
