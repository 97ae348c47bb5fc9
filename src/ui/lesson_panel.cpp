// The caption of the lesson being played: its step's title and words, where the class is
// in the lesson, and Previous / Next / Leave buttons for a presenter without a clicker. In
// presentation mode it is a short band across the bottom, so the model keeps the frame.
// Either way it reports where it was drawn, and the lesson camera frames the model above it.
#include "ui/card_layout.h"
#include "ui/imgui_setup.h"
#include "ui/panels.h"

#include <imgui.h>

#include <algorithm>
#include <cmath>
#include <string>
#include <vector>

namespace ui {

namespace {
// In presentation mode the caption takes at most this share of the window's height; its
// text shrinks to fit, but no smaller than this share of the height per line (about 28 px
// at 1080p, still legible from the back of a room), and scrolls beyond that.
constexpr float kPresentedCaptionShare = 0.28f;
constexpr float kMinPresentedTextShare = 0.026f;

Command stepCommand(CommandKind kind, int index) { return makeCommand(kind, index); }

const anatomy::LessonStep& currentStep(const PanelContext& ctx) {
  const int last = static_cast<int>(ctx.lesson->steps.size()) - 1;
  return ctx.lesson->steps[static_cast<std::size_t>(std::clamp(ctx.lessonStep, 0, last))];
}

void lessonButtons(const PanelContext& ctx, float uiScale, Commands& out) {
  const int count = static_cast<int>(ctx.lesson->steps.size());
  const std::string stepText = "Step " + std::to_string(ctx.lessonStep + 1) + " of " + std::to_string(count);
  const ImGuiStyle& style = ImGui::GetStyle();
  const float pad = 2.0f * style.FramePadding.x, spacing = style.ItemSpacing.x;
  const float leave = ImGui::CalcTextSize("Leave (Esc)").x + pad;
  // Previous and Next are big targets (150 at 1x) while the caption is wide enough; in a
  // narrow caption they shrink to their words, and Leave goes to its own row if it must.
  const float rest = ImGui::GetContentRegionAvail().x - ImGui::CalcTextSize(stepText.c_str()).x - leave - 3.0f * spacing;
  const float least = ImGui::CalcTextSize("< Previous").x + pad;
  const ImVec2 button(std::clamp(0.5f * rest, least, 150.0f * uiScale), 0.0f);
  ImGui::BeginDisabled(ctx.lessonStep <= 0);
  if (ImGui::Button("< Previous", button)) out.push_back(stepCommand(CommandKind::LessonStep, -1));
  ImGui::EndDisabled();
  ImGui::SameLine();
  ImGui::TextUnformatted(stepText.c_str());
  ImGui::SameLine();
  ImGui::BeginDisabled(ctx.lessonStep + 1 >= count);
  if (ImGui::Button("Next >", button)) out.push_back(stepCommand(CommandKind::LessonStep, 1));
  ImGui::EndDisabled();
  const float lineRight = ImGui::GetWindowPos().x + ImGui::GetWindowContentRegionMax().x;
  if (lineRight - ImGui::GetItemRectMax().x >= spacing + leave) ImGui::SameLine();
  if (ImGui::Button("Leave (Esc)")) out.push_back(makeCommand(CommandKind::LeaveLesson));
}

// The step's paragraphs (separated by blank lines in the file): a band has no room for the
// blank lines, so they are drawn with a small gap instead.
std::vector<std::string> paragraphsOf(const std::string& text) {
  std::vector<std::string> out;
  std::size_t begin = 0;
  while (begin < text.size()) {
    std::size_t end = text.find("\n\n", begin);
    if (end == std::string::npos) end = text.size();
    if (end > begin) out.push_back(text.substr(begin, end - begin));
    begin = text.find_first_not_of('\n', end);
    if (begin == std::string::npos) break;
  }
  return out;
}

float paragraphGap() { return 0.35f * ImGui::GetFontSize(); }

// The small controls at the right of the band's first line: "< 3 / 8 > Leave".
float compactButtonsWidth(const PanelContext& ctx) {
  const ImGuiStyle& style = ImGui::GetStyle();
  const std::string counter = std::to_string(ctx.lessonStep + 1) + " / " + std::to_string(ctx.lesson->steps.size());
  float w = ImGui::CalcTextSize(counter.c_str()).x + ImGui::CalcTextSize("<>Leave").x;
  return w + 6.0f * style.FramePadding.x + 3.0f * style.ItemSpacing.x;
}

void compactButtons(const PanelContext& ctx, Commands& out) {
  const int count = static_cast<int>(ctx.lesson->steps.size());
  ImGui::BeginDisabled(ctx.lessonStep <= 0);
  if (ImGui::SmallButton("<")) out.push_back(stepCommand(CommandKind::LessonStep, -1));
  ImGui::EndDisabled();
  ImGui::SameLine();
  ImGui::TextDisabled("%d / %d", ctx.lessonStep + 1, count);
  ImGui::SameLine();
  ImGui::BeginDisabled(ctx.lessonStep + 1 >= count);
  if (ImGui::SmallButton(">")) out.push_back(stepCommand(CommandKind::LessonStep, 1));
  ImGui::EndDisabled();
  ImGui::SameLine();
  if (ImGui::SmallButton("Leave")) out.push_back(makeCommand(CommandKind::LeaveLesson));
}

// The text scale at which the title and words fit the band's height (1: as they are).
float fittingTextScale(const std::string& title, const std::vector<std::string>& paragraphs, float width,
                       float maxHeight, float minScale) {
  const ImGuiStyle& style = ImGui::GetStyle();
  const float chrome = 2.0f * style.WindowPadding.y + style.ItemSpacing.y * static_cast<float>(paragraphs.size());
  for (float scale = 1.0f;; scale -= 0.05f) {
    if (scale <= minScale) return minScale;
    const float wrap = width / scale;  // text measured at full size against a wider line
    ImGui::PushFont(fonts().heading);
    float height = ImGui::CalcTextSize(title.c_str(), nullptr, false, wrap * 0.7f).y;
    ImGui::PopFont();
    for (const std::string& p : paragraphs)
      height += ImGui::CalcTextSize(p.c_str(), nullptr, false, wrap).y + paragraphGap();
    if (height * scale + chrome <= maxHeight) return scale;
  }
}

// Presentation: a wide, short band at the bottom; the step's title with the controls beside
// it, then the words wrapped across the whole width.
void drawCompactCaption(const PanelContext& ctx, const UiState& state, Commands& out) {
  const anatomy::LessonStep& step = currentStep(ctx);
  const ImGuiViewport* vp = ImGui::GetMainViewport();
  const float margin = 8.0f * state.uiScale;
  const float width = vp->WorkSize.x - 2.0f * margin;
  const float maxHeight = kPresentedCaptionShare * vp->Size.y;
  const std::vector<std::string> paragraphs = paragraphsOf(step.text);
  const float bodySize = fonts().body ? fonts().body->FontSize : ImGui::GetFontSize();
  const float minScale = std::min(1.0f, kMinPresentedTextShare * vp->Size.y / std::max(bodySize, 1.0f));
  // A narrow frame round the words: every line of padding is a line less of text.
  ImGui::PushStyleVar(ImGuiStyleVar_WindowPadding, ImVec2(12.0f * state.uiScale, 6.0f * state.uiScale));
  const float inner = width - 2.0f * ImGui::GetStyle().WindowPadding.x;
  const float scale = fittingTextScale(step.title, paragraphs, inner, maxHeight, minScale);
  ImGui::SetNextWindowPos(ImVec2(vp->WorkPos.x + margin, vp->WorkPos.y + vp->WorkSize.y - margin), ImGuiCond_Always,
                          ImVec2(0.0f, 1.0f));
  ImGui::SetNextWindowSize(ImVec2(width, 0.0f), ImGuiCond_Always);  // height: fits the text
  ImGui::SetNextWindowSizeConstraints(ImVec2(width, 0.0f), ImVec2(width, maxHeight));
  ImGui::SetNextWindowBgAlpha(0.9f);
  ImGui::Begin("##lesson", nullptr,
               ImGuiWindowFlags_NoTitleBar | ImGuiWindowFlags_NoMove | ImGuiWindowFlags_NoResize |
                   ImGuiWindowFlags_NoSavedSettings);
  ImGui::PopStyleVar();
  ImGui::SetWindowFontScale(scale);
  const float buttons = compactButtonsWidth(ctx);
  ImGui::PushFont(fonts().heading);
  ImGui::PushTextWrapPos(ImGui::GetCursorPosX() + ImGui::GetContentRegionAvail().x - buttons);
  ImGui::TextUnformatted(step.title.c_str());
  ImGui::PopTextWrapPos();
  ImGui::PopFont();
  const float after = ImGui::GetCursorPosY();
  ImGui::SameLine(ImGui::GetWindowContentRegionMax().x - buttons);
  compactButtons(ctx, out);
  ImGui::SetCursorPosY(std::max(after, ImGui::GetCursorPosY()));
  ImGui::PushTextWrapPos(0.0f);
  for (std::size_t i = 0; i < paragraphs.size(); ++i) {
    if (i > 0) ImGui::SetCursorPosY(ImGui::GetCursorPosY() + std::max(0.0f, paragraphGap() - ImGui::GetStyle().ItemSpacing.y));
    ImGui::TextUnformatted(paragraphs[i].c_str());
  }
  ImGui::PopTextWrapPos();
}

// With the panels (or without, outside presentation): a card above the view bar, between
// the side panels, with big buttons.
void drawCardCaption(const PanelContext& ctx, const UiState& state, Commands& out) {
  const anatomy::LessonStep& step = currentStep(ctx);
  const ImGuiViewport* vp = ImGui::GetMainViewport();
  const float scale = state.uiScale;
  // Above the view bar (one row or two), between the side panels: where a class looks after the model.
  const CentreBand band = centreBand(vp->WorkPos.x, vp->WorkSize.x, state.leftPanelWidth, state.rightPanelWidth, scale,
                                     1100.0f * scale);
  float bottom = vp->WorkPos.y + vp->WorkSize.y - (state.showPanels ? 70.0f : 16.0f) * scale;
  if (state.viewBarTop > 0.0f) bottom = std::min(bottom, state.viewBarTop - 8.0f * scale);
  ImGui::SetNextWindowPos(ImVec2(band.centre, bottom), ImGuiCond_Always, ImVec2(0.5f, 1.0f));
  ImGui::SetNextWindowSize(ImVec2(band.width, 0.0f), ImGuiCond_Always);  // height: fits the text
  ImGui::SetNextWindowBgAlpha(0.88f);
  ImGui::Begin("##lesson", nullptr,
               ImGuiWindowFlags_NoTitleBar | ImGuiWindowFlags_NoMove | ImGuiWindowFlags_NoResize |
                   ImGuiWindowFlags_NoSavedSettings);
  ImGui::TextDisabled("%s", ctx.lesson->title.c_str());
  ImGui::PushFont(fonts().heading);
  ImGui::TextWrapped("%s", step.title.c_str());
  ImGui::PopFont();
  ImGui::PushTextWrapPos(0.0f);
  ImGui::TextUnformatted(step.text.c_str());
  ImGui::PopTextWrapPos();
  ImGui::Separator();
  lessonButtons(ctx, scale, out);
}

// Tells the controller where the caption is when that changed, as fractions of the window.
void reportCaption(const UiState& state, Commands& out) {
  const ImGuiViewport* vp = ImGui::GetMainViewport();
  const ImVec2 pos = ImGui::GetWindowPos(), size = ImGui::GetWindowSize();
  const float w = std::max(vp->Size.x, 1.0f), h = std::max(vp->Size.y, 1.0f);
  const glm::vec3 at((pos.x - vp->Pos.x) / w, (pos.y - vp->Pos.y) / h, size.x / w);
  const float height = size.y / h;
  const UiState::CaptionRect& was = state.lessonCaption;
  constexpr float kSame = 0.001f;
  if (std::abs(at.x - was.x) < kSame && std::abs(at.y - was.y) < kSame && std::abs(at.z - was.width) < kSame &&
      std::abs(height - was.height) < kSame)
    return;
  Command c = makeCommand(CommandKind::LessonCaptionPlaced);
  c.point = at;
  c.value = height;
  out.push_back(c);
}
}  // namespace

void drawLessonPanel(const PanelContext& ctx, UiState& state, Commands& out) {
  if (!ctx.lesson || ctx.lesson->steps.empty()) return;
  if (state.presentation)
    drawCompactCaption(ctx, state, out);
  else
    drawCardCaption(ctx, state, out);
  reportCaption(state, out);  // inside the window each drew
  ImGui::End();
}

}  // namespace ui
