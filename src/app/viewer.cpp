#include "app/viewer.h"

#include "app/frame_plan.h"
#include "app/gl_window.h"
#include "app/label_anchors.h"
#include "app/lesson_library.h"
#include "io/lesson_file.h"
#include "app/scene_builder.h"
#include "render/gl_context.h"
#include "ui/imgui_setup.h"
#include "ui/compare_drawing.h"
#include "ui/label_drawing.h"
#include "ui/overlay_drawing.h"
#include "ui/panels.h"

#define GLFW_INCLUDE_NONE
#include <GLFW/glfw3.h>
#include <imgui.h>

#include <algorithm>
#include <iostream>

namespace app {

Viewer::Viewer(AppOptions options) : options_(std::move(options)) {}

Viewer::~Viewer() {
  if (loading_.valid()) loading_.wait();
  controller_.reset();
  renderer_.reset();
  target_.reset();
  if (imguiReady_) ui::shutdownImGui();
  destroyGlWindow(window_);
}

bool Viewer::startGraphics(bool visible, std::string& error) {
  WindowRequest request;
  request.visible = visible;
  if (!visible) request.width = request.height = 64;
  window_ = createGlWindow(request, error);
  if (!window_) return false;
  glfwSetWindowUserPointer(window_, this);
  renderer_ = std::make_unique<render::SceneRenderer>();
  target_ = std::make_unique<render::RenderTarget>();
  if (!renderer_->init(error)) return false;
  controller_ = std::make_unique<Controller>(state_, *renderer_, [] { return glfwGetTime(); });
  return true;
}

bool Viewer::startOffscreen(std::string& error) {
  if (offscreenState_ == 0) offscreenState_ = startGraphics(false, offscreenError_) ? 1 : -1;
  error = offscreenError_;
  return offscreenState_ > 0;
}

void Viewer::setAtlas(anatomy::Atlas atlas, const io::LoadReport& report) {
  const auto view = geometry::parseView(options_.view).value_or(geometry::StandardView::Lateral);
  const bool first = !state_.views.front().posed;
  controller_->setAtlas(std::move(atlas), report, options_.conditions, view);
  if (!first) return;  // the options set up the first model only
  // --case: run() put its scene into the options; the case itself (side, pins) is taken here.
  if (options_.caseRecord) controller_->adoptCase(*options_.caseRecord, options_.caseFile);
  if (options_.patient) controller_->setPatientMode(true);
  if (options_.compare) controller_->setCompare(true);
  if (options_.ghost) controller_->setGhost(true);
}

void Viewer::applyCommands() { controller_->applyAll(pending_); }

// Draws every view's scene pass into its part of the bound scene target.
void Viewer::drawScenes(int width, int height) {
  for (const PlannedPass& pass : planFrame(state_, *controller_, width, height, target_->reduced()))
    if (pass.kind == PassKind::Scene) renderer_->draw(pass.frame);
}

void Viewer::renderFrame(int width, int height, Layers layers) {
  std::string error;
  if (!target_->resize(width, height, options_.samples, error)) {
    std::cerr << "ankle-atlas: " << error << "\n";
    return;
  }
  frameTimer_.start();
  target_->bindScene();
  drawScenes(width, height);
  frameTimer_.mark("scene");
  if (layers == Layers::Scene) {  // the interactive loop presents the scene itself
    frameTimer_.finish("frame");
    return;
  }
  target_->resolve();
  frameTimer_.mark("resolve");
  const bool withUi = layers == Layers::Everything;
  const bool withOverlays = imguiReady_ && (overlaysVisible() || compareMarksVisible());
  const bool withCaption = imguiReady_ && (state_.lesson.active() || state_.quiz.active());
  if (withUi || withOverlays || withCaption) {
    target_->bindResolved();
    ui::beginFrame(width, height);
    if (withOverlays) drawOverlayLayer(withUi);
    if (withUi)
      drawUi();
    else if (withCaption) {  // what a presenter keeps on screen with the panels hidden
      ui::drawLessonPanel(panelContext(), state_.ui, pending_);
      ui::drawQuizPanel(panelContext(), state_.ui, pending_);
    }
    frameTimer_.mark("ui-build");
    ui::endFrameAndRender(target_->reduced());
    frameTimer_.mark("ui-draw");
  }
  frameTimer_.finish("frame");
}

// The case's pins where this view draws them (a left case: mirrored).
std::vector<std::pair<glm::vec3, std::string>> Viewer::pinsSeenIn(const ViewSlot& v) const {
  std::vector<std::pair<glm::vec3, std::string>> out;
  for (const anatomy::CasePin& p : state_.caseDoc.record.pins)
    out.emplace_back(v.mirrored ? glm::vec3(-p.point.x, p.point.y, p.point.z) : p.point, p.text);
  return out;
}

// Labels of a split view, the ghost outline and pen strokes are drawn with the overlays.
bool Viewer::compareMarksVisible() const {
  const CompareState& cs = state_.compare;
  return state_.views.size() > 1 || cs.ghost || !cs.strokes.empty() || !state_.caseDoc.record.pins.empty();
}

bool Viewer::overlaysVisible() const {
  if (!labelledStructures(state_).empty()) return true;  // name labels share the overlay layer
  const auto passes = planFrame(state_, *controller_, 1, 1, false);
  return std::any_of(passes.begin(), passes.end(), [](const PlannedPass& p) { return p.kind == PassKind::Overlays; });
}

void Viewer::drawOverlayLayer(bool panelsShown) {
  const ImVec2 size = ImGui::GetIO().DisplaySize;
  drawnLabels_.clear();
  for (std::size_t i = 0; i < state_.views.size(); ++i) {
    const ViewSlot& v = state_.views[i];
    ui::OverlayScreen screen;
    screen.palette = state_.ui.palette;
    screen.textScale = state_.ui.uiScale / std::max(state_.ui.baseScale, 0.25f);  // presentation: larger
    screen.originX = v.rect.x * size.x;
    screen.originY = (1.0f - v.rect.y - v.rect.height) * size.y;
    screen.width = v.rect.width * size.x;
    screen.height = v.rect.height * size.y;
    screen.viewProjection = v.camera.projection(controller_->aspect(v)) * v.camera.view();
    // Panels (when drawn) and a lesson's caption leave this part free for the legend.
    const geometry::FreeArea area =
        panelsShown || state_.lesson.active() ? controller_->freeArea(v) : geometry::FreeArea();
    screen.left = screen.originX + area.x0 * screen.width;
    screen.right = screen.originX + area.x1 * screen.width;
    screen.top = screen.originY + (1.0f - area.y1) * screen.height;
    screen.bottom = screen.originY + (1.0f - area.y0) * screen.height;
    const geometry::Bounds framed = framingBounds(state_.atlas, state_.display, v.standardView);
    screen.modelMin = glm::vec2(screen.originX + screen.width, screen.originY + screen.height);
    screen.modelMax = glm::vec2(screen.originX, screen.originY);
    for (int corner = 0; corner < 8; ++corner) {
      const glm::vec3 p((corner & 1) ? framed.max.x : framed.min.x, (corner & 2) ? framed.max.y : framed.min.y,
                        (corner & 4) ? framed.max.z : framed.min.z);
      const glm::vec4 clip = screen.viewProjection * glm::vec4(p, 1.0f);
      if (clip.w <= 1e-4f) continue;
      const glm::vec2 px(screen.originX + (clip.x / clip.w * 0.5f + 0.5f) * screen.width,
                         screen.originY + (0.5f - clip.y / clip.w * 0.5f) * screen.height);
      screen.modelMin = glm::min(screen.modelMin, px);
      screen.modelMax = glm::max(screen.modelMax, px);
    }
    const std::vector<geometry::ScreenRect> taken = ui::drawOverlays(controller_->visibleOverlays(v), screen);
    std::vector<ui::LabelItem> items;
    for (const LabelAnchor& a : cachedAnchors(i))
      items.push_back({a.text, a.point, a.visible});
    for (ui::DrawnLabel& l : ui::drawLabels(items, screen, taken)) drawnLabels_.push_back(std::move(l));
    ui::drawGhostOutline(controller_->ghostOutline(i), screen);
    ui::drawViewLabel(v.label, screen);
    if (!v.showsNormal) ui::drawPins(pinsSeenIn(v), screen);
  }
  for (const Stroke& stroke : state_.compare.strokes) ui::drawStroke(stroke.points);
}

const std::vector<LabelAnchor>& Viewer::cachedAnchors(std::size_t view) {
  labelCache_.resize(state_.views.size());
  LabelCache& c = labelCache_[view];
  const ViewSlot& v = state_.views[view];
  const glm::mat4 seen = v.camera.projection(controller_->aspect(v)) * v.camera.view();
  const bool still = seen == c.lastSeen;
  c.lastSeen = seen;
  std::vector<int> wanted = labelledStructures(state_);
  const double now = glfwGetTime();
  const bool offscreen = !glfwGetWindowAttrib(window_, GLFW_VISIBLE);  // screenshots: always exact
  const bool stale = wanted != c.wanted || (still && (seen != c.foundAt || now - c.when > 0.5));
  if (offscreen || c.when < 0.0 || stale) {
    c.anchors = labelAnchors(state_, static_cast<int>(view), controller_->aspect(v));
    c.wanted = std::move(wanted);
    c.foundAt = seen;
    c.when = now;
  }
  return c.anchors;
}

ui::PanelContext Viewer::panelContext() const {
  const ViewSlot& v = controller_->activeView();
  ui::PanelContext ctx{state_.atlas, state_.display, v.standardView, v.bothLimbs, render::glDescription(),
                       controller_->sceneNote()};
  ctx.atStandardView = v.atStandardView;
  ctx.mode = v.mode;
  if (controller_->canPose()) {
    ctx.conditions = &controller_->conditions();
    ctx.measurements = &v.measurements;
    ctx.achillesPullNormalDeg = state_.achillesPullNormalDeg;
    ctx.achillesPullDeg = v.achillesPullDeg;
    ctx.motion = controller_->motionInfo();
  }
  ctx.overlays = v.overlays;
  if (state_.lesson.active()) {
    ctx.lesson = &*state_.lesson.lesson;
    ctx.lessonStep = state_.lesson.step;
  }
  if (state_.quiz.active()) ctx.quiz = &*state_.quiz.quiz;
  ctx.draft = &state_.draft.lesson;
  ctx.draftStep = state_.draft.current;
  ctx.draftPath = state_.draft.path;
  ctx.lessons = lessonMenu_;
  for (const Bookmark& b : state_.bookmarks) ctx.bookmarks.push_back(b.name);
  ctx.compare = state_.compare.on;
  ctx.ghost = state_.compare.ghost;
  ctx.pen = state_.compare.drawing;
  ctx.hasStrokes = !state_.compare.strokes.empty();
  if (ctx.conditions)
    if (const anatomy::Preset* p = ui::matchingPreset(*ctx.conditions)) ctx.patientLesson = patientLessonFor(p->id);
  ctx.selfCareLesson = kSelfCarePatientLesson;
  ctx.casePath = state_.caseDoc.path;
  ctx.caseIsExample = state_.caseDoc.example;
  ctx.caseEdited = (!state_.caseDoc.path.empty() || state_.caseDoc.dirty) && controller_->caseHasUnsavedChanges();
  ctx.recentCases = state_.caseDoc.recent;
  for (const anatomy::CasePin& p : state_.caseDoc.record.pins) ctx.pinNotes.push_back(p.text);
  ctx.userModel = !state_.atlas.builtIn && !state_.atlas.sourcePath.empty();
  ctx.modelUp = state_.modelAxes.up;
  ctx.modelUnits = state_.modelAxes.units;
  ctx.canUndo = !state_.undo.empty();
  ctx.canRedo = !state_.redo.empty();
  return ctx;
}

void Viewer::drawUi() { ui::drawUi(panelContext(), state_.ui, pending_); }

void Viewer::listLessons() {
  lessonMenu_.clear();
  for (const LessonEntry& e : shippedLessons()) lessonMenu_.push_back({e.name, e.title, e.audience, e.error});
}

// --lesson and --step; false after one line on stderr.
bool Viewer::startLessonFromOptions() {
  if (options_.quiz >= 0) {
    ui::Command quiz = ui::makeCommand(ui::CommandKind::StartQuiz, options_.quiz);
    quiz.flag = true;  // no glide: a screenshot shows the question's view at once
    controller_->apply(quiz);
  }
  if (options_.lesson.empty()) return true;
  const std::string path = resolveLesson(options_.lesson);
  if (path.empty()) {
    std::cerr << "ankle-atlas: --lesson: no shipped lesson named '" << options_.lesson << "'";
    std::string names;
    for (const ui::LessonMenuEntry& e : lessonMenu_) names += (names.empty() ? "" : ", ") + e.name;
    if (!names.empty()) std::cerr << " (shipped: " << names << ")";
    std::cerr << "\n";
    return false;
  }
  anatomy::Lesson lesson;
  try {
    lesson = io::readLessonFile(path);
  } catch (const io::LoadError& e) {
    std::cerr << "ankle-atlas: " << e.what() << "\n";
    return false;
  }
  if (options_.step > static_cast<int>(lesson.steps.size())) {
    std::cerr << "ankle-atlas: --step " << options_.step << ": " << path << " has " << lesson.steps.size() << " steps\n";
    return false;
  }
  controller_->startLesson(std::move(lesson), path, false);
  controller_->goToLessonStep(options_.step - 1, false);
  return true;
}

}  // namespace app
