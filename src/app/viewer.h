// The window around the app: creates the GLFW window and OpenGL context, turns input into
// Commands for the Controller, draws every view of the AppState with the renderer and the
// panels, and carries out the state's requests (load a model, save a screenshot). It also
// runs the headless jobs (screenshot, benchmark, soak). Every run* returns an exit code.
#pragma once

#include "app/app_state.h"
#include "app/controller.h"
#include "app/label_anchors.h"
#include "app/options.h"
#include "geometry/picking.h"
#include "io/model_loader.h"
#include "render/pass_timer.h"
#include "render/render_target.h"
#include "render/scene_renderer.h"
#include "ui/label_drawing.h"
#include "ui/panels.h"

#include <future>
#include <memory>
#include <optional>
#include <string>

struct GLFWwindow;

namespace app {

struct LoadOutcome {
  std::unique_ptr<anatomy::Atlas> atlas;
  io::LoadReport report;
  std::string error;
};

class Viewer {
 public:
  explicit Viewer(AppOptions options);
  ~Viewer();
  Viewer(const Viewer&) = delete;
  Viewer& operator=(const Viewer&) = delete;

  // Creates the hidden window, context and shaders for a headless job. Tries once: later
  // calls return the first outcome.
  bool startOffscreen(std::string& error);

  int runInteractive(anatomy::Atlas atlas, const io::LoadReport& report);
  int runScreenshot(anatomy::Atlas atlas, const io::LoadReport& report);
  int runBenchmark(anatomy::Atlas atlas, const io::LoadReport& report);
  // --case with --handout: the A4 page for the patient (viewer_handout.cpp).
  int runHandout(anatomy::Atlas atlas, const io::LoadReport& report);
  // The open case's handout (File > Export handout): pictures in `view` (the case's heel
  // view), rendered offscreen; the window's views are as before afterwards. False with a
  // one-line reason in error.
  bool exportHandout(const std::string& path, geometry::StandardView view, std::string& error);

  // Used by the window callbacks (viewer_input.cpp).
  void onMouseButton(int button, int action, int mods);
  void onScroll(double dx, double dy);
  void onKey(int key, int action, int mods);
  void onDrop(int count, const char** paths);
  void onAnyEvent() { eventSeen_ = true; }

 private:
  bool startGraphics(bool visible, std::string& error);
  struct HandoutShot;
  HandoutShot renderHandoutPicture(const anatomy::Conditions& conditions, geometry::StandardView view);
  void setAtlas(anatomy::Atlas atlas, const io::LoadReport& report);
  void applyCommands();
  void carryOutRequests();
  double idleTimeout(double now) const;
  bool statusExpired(double now);
  int viewAt(double x, double y) const;
  glm::vec2 viewNdc(int view, double x, double y) const;
  std::optional<geometry::PickHit> pickAt(double x, double y) const;
  void updateHover(double x, double y);
  void handleHeldKeys(float dt);
  void handleDrag(double x, double y);
  bool dragSection(double dx, double dy);  // true when the drag moved or turned the section plane
  void pollLoading();
  void saveScreenshot(const std::string& path);
  void playSoakStep(int frame);
  // What renderFrame draws into the offscreen target: the scene alone, left unresolved
  // (the interactive loop presents it and draws overlays and panels itself), plus the
  // overlays, or plus the panels too.
  enum class Layers { Scene, SceneAndOverlays, Everything };
  void renderFrame(int width, int height, Layers layers);
  void drawScenes(int width, int height);
  bool overlaysVisible() const;
  bool compareMarksVisible() const;
  bool penDrags() const;
  std::vector<std::pair<glm::vec3, std::string>> pinsSeenIn(const ViewSlot& v) const;
  void exportHandoutFromWindow(const std::string& path);
  ui::Command penPoint(double x, double y, bool start) const;
  void drawOverlayLayer(bool panelsShown);  // inside an ImGui frame
  void drawUi();
  ui::PanelContext panelContext() const;
  void listLessons();
  bool startLessonFromOptions();
  void warmUpUi(int width, int height);
  bool applyStructureOptions();
  void applyOverlayOptions(bool warnIfHidden);
  void applyPresentationOptions();
  void matchFullScreen();  // presentation mode on: full screen; off: the window as it was
  void printLabels() const;
  std::vector<double> benchSeverityChanges(int frames, std::vector<double>& updateMs);
  std::vector<double> benchStillFrames(int frames);

  AppOptions options_;
  GLFWwindow* window_ = nullptr;
  bool imguiReady_ = false;
  int offscreenState_ = 0;  // 0 not tried, 1 started, -1 failed (offscreenError_ says why)
  std::string offscreenError_;
  AppState state_;
  render::NullBackend noMeshes_;  // until the renderer exists
  std::unique_ptr<render::SceneRenderer> renderer_;
  std::unique_ptr<render::RenderTarget> target_;
  std::unique_ptr<Controller> controller_;
  render::PassTimer frameTimer_;  // AA_FRAME_TIMES=1: where a whole frame's time goes
  ui::Commands pending_;
  std::vector<ui::LessonMenuEntry> lessonMenu_;  // the shipped lessons, read once
  std::vector<ui::DrawnLabel> drawnLabels_;      // the last frame's name labels (--print-labels)
  // Finding anchors casts a ray per label (tens of ms for "all"): while the camera moves the
  // anchors found last are re-projected each frame, and found again once it stops.
  struct LabelCache {
    glm::mat4 foundAt{0.0f}, lastSeen{0.0f};
    std::vector<int> wanted;
    std::vector<LabelAnchor> anchors;
    double when = -1.0;
  };
  std::vector<LabelCache> labelCache_;
  const std::vector<LabelAnchor>& cachedAnchors(std::size_t view);
  bool fullScreen_ = false;                       // the window covers the monitor (presentation mode)
  int windowedX_ = 0, windowedY_ = 0, windowedW_ = 1280, windowedH_ = 800;
  std::future<LoadOutcome> loading_;
  LoadRequest inFlight_;  // the load loading_ carries out (its axes are remembered when it opens)
  // Mouse state for orbit/pan drags and double-click detection.
  int dragButton_ = -1;
  bool dragShift_ = false;
  bool dragCtrl_ = false;
  double lastX_ = 0.0, lastY_ = 0.0, pressX_ = 0.0, pressY_ = 0.0;
  double lastClickTime_ = -1.0;
  bool eventSeen_ = true;  // an input or window event since the last frame
};

}  // namespace app
