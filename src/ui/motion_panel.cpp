// The Motion section of the Conditions panel: an ankle slider from plantarflexion to
// dorsiflexion, the eccentric heel drop (play/pause, full range or floor level), and what
// the motion does to the Achilles (its length) and the retrocalcaneal bursa (squeezed).
#include "anatomy/motion.h"
#include "ui/panels.h"

#include <imgui.h>

#include <cmath>

namespace ui {

namespace {
void ankleSlider(const PanelContext& ctx, Commands& out) {
  float ankle = ctx.motion.ankleDeg;
  ImGui::SetNextItemWidth(-1.0f);
  const char* format = ankle > 0.5f ? "Ankle %+.0f deg: dorsiflexion"
                       : ankle < -0.5f ? "Ankle %+.0f deg: plantarflexion"
                                       : "Ankle %.0f deg: neutral";
  if (ImGui::SliderFloat("##ankle", &ankle, anatomy::kAnkleMinDeg, anatomy::kAnkleMaxDeg, format,
                         ImGuiSliderFlags_AlwaysClamp)) {
    Command c = makeCommand(CommandKind::SetAnkle);
    c.value = ankle;
    out.push_back(c);
  }
  if (ImGui::IsItemHovered())
    ImGui::SetTooltip("Left: the heel rises (plantarflexion). Right: the heel drops below a step (dorsiflexion).");
}

void heelDropControls(const PanelContext& ctx, Commands& out) {
  if (ImGui::Button(ctx.motion.playing ? "Pause heel drop (D)" : "Play heel drop (D)"))
    out.push_back(makeCommand(CommandKind::ToggleHeelDrop));
  ImGui::SameLine();
  bool below = ctx.motion.belowStep;
  if (ImGui::Checkbox("Below the step", &below)) {
    Command c = makeCommand(CommandKind::SetHeelDropBelowStep);
    c.flag = below;
    out.push_back(c);
  }
  if (ImGui::IsItemHovered())
    ImGui::SetTooltip("Off: stop at floor level, the version kinder to pain at the insertion.");
  if (ctx.motion.playing && !ctx.motion.phase.empty()) ImGui::TextDisabled("%s", ctx.motion.phase.c_str());
}

void motionReadouts(const PanelContext& ctx) {
  if (ctx.motion.tendonMm > 0.0f) {
    const float change = ctx.motion.tendonMm - ctx.motion.restTendonMm;
    ImGui::Text("Achilles length  %.0f mm  (%+.0f mm)", ctx.motion.tendonMm, change);
    if (ImGui::IsItemHovered())
      ImGui::SetTooltip("Along the tendon from the calf to its insertion; in brackets the change from standing.");
  }
  const int percent = static_cast<int>(std::lround(ctx.motion.bursaFraction * 100.0f));
  if (percent < 100)
    ImGui::TextWrapped("Retrocalcaneal bursa squeezed to %d%% of its thickness between the tendon and the "
                       "posterosuperior calcaneus.",
                       percent);
  else
    ImGui::TextDisabled("Retrocalcaneal bursa not pressed");
  // The normal ranges are for standing films: a posed ankle tilts the heel bone with it.
  if (std::abs(ctx.motion.ankleDeg) > 0.5f) {
    ImGui::PushTextWrapPos(0.0f);
    ImGui::TextDisabled("Angles above are measured in this pose; standing values need the ankle at 0.");
    ImGui::PopTextWrapPos();
  }
}
}  // namespace

void drawMotionSection(const PanelContext& ctx, Commands& out) {
  if (!ImGui::CollapsingHeader("Motion", ImGuiTreeNodeFlags_DefaultOpen)) return;
  ImGui::PushID("motion");
  ankleSlider(ctx, out);
  heelDropControls(ctx, out);
  motionReadouts(ctx);
  ImGui::PopID();
}

}  // namespace ui
