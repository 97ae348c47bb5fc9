// The viewer: owns the window, the loaded atlas, what is shown, the camera and the
// renderer, and runs either the interactive loop or one of the headless jobs
// (screenshot, benchmark). Every run* returns a process exit code.
#pragma once

#include "anatomy/atlas.h"
#include "anatomy/measure_all.h"
#include "anatomy/overlays.h"
#include "anatomy/posed_model.h"
#include "anatomy/view_state.h"
#include "app/options.h"
#include "app/scene_builder.h"
#include "geometry/camera.h"
#include "io/model_loader.h"
#include "render/pass_timer.h"
#include "render/render_target.h"
#include "render/scene_renderer.h"
#include "ui/commands.h"
#include "ui/ui_state.h"

#include <array>
#include <future>
#include <memory>
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

  // Used by the window callbacks (viewer_input.cpp).
  void onMouseButton(int button, int action, int mods);
  void onScroll(double dx, double dy);
  void onKey(int key, int action, int mods);
  void onDrop(int count, const char** paths);

 private:
  bool startGraphics(bool visible, std::string& error);
  void setAtlas(anatomy::Atlas atlas, const io::LoadReport& report);
  void applyCommand(const ui::Command& command);
  void applyCommands();
  void setView(geometry::StandardView view, bool animate);
  void focusStructure(int index);
  void moveCamera(const geometry::OrbitCamera& goal, bool animate);
  float aspect() const;
  geometry::FreeArea freeArea() const;
  void updateHover(double x, double y);
  int pickAt(double x, double y, float minOpacity) const;
  void handleHeldKeys(float dt);
  void handleDrag(double x, double y);
  void startLoading(const std::string& path, bool builtIn);
  void pollLoading();
  void saveScreenshot(const std::string& path);
  void playSoakStep(int frame);
  // What renderFrame draws into the offscreen target: the scene alone, left unresolved
  // (the interactive loop presents it and draws overlays and panels itself), plus the
  // overlays, or plus the panels too.
  enum class Layers { Scene, SceneAndOverlays, Everything };
  void renderFrame(int width, int height, Layers layers);
  void drawUi();
  void warmUpUi(int width, int height);
  std::string sceneNote() const;
  // Conditions and overlays (viewer_conditions.cpp).
  void setConditions(const anatomy::Conditions& conditions);  // poses, re-uploads, re-measures
  void setOverlay(anatomy::OverlayKind kind, bool on, bool animate = true);
  void cycleOverlay();
  void cyclePreset(int step);
  bool overlaysVisible() const;
  std::vector<anatomy::Overlay> visibleOverlays() const;
  void drawOverlayLayer(bool panelsShown);  // inside an ImGui frame
  void applyOverlayOptions(bool warnIfHidden);
  std::vector<double> benchSeverityChanges(int frames, std::vector<double>& updateMs);
  std::vector<double> benchStillFrames(int frames);
  SceneOptions sceneOptions() const;

  AppOptions options_;
  GLFWwindow* window_ = nullptr;
  bool imguiReady_ = false;
  int offscreenState_ = 0;  // 0 not tried, 1 started, -1 failed (offscreenError_ says why)
  std::string offscreenError_;
  anatomy::Atlas atlas_;
  anatomy::ViewState view_;
  io::LoadReport report_;
  geometry::OrbitCamera camera_;
  geometry::CameraAnimator animator_;
  geometry::StandardView currentView_ = geometry::StandardView::Lateral;
  bool bothLimbs_ = false;
  // The atlas posed by the active conditions (references atlas_; rebuilt with it).
  std::unique_ptr<anatomy::PosedModel> posed_;
  std::vector<anatomy::Measurement> measurements_;
  std::vector<geometry::Bounds> posedBounds_;  // local bounds of the posed vertices, for picking
  std::array<bool, anatomy::kOverlayCount> overlays_{};
  float achillesPullNormalDeg_ = 0.0f;
  // GL objects live only while the window's context does (released first in ~Viewer).
  std::unique_ptr<render::SceneRenderer> renderer_;
  std::unique_ptr<render::RenderTarget> target_;
  render::PassTimer frameTimer_;  // AA_FRAME_TIMES=1: where a whole frame's time goes
  ui::UiState ui_;
  ui::Commands pending_;
  std::future<LoadOutcome> loading_;
  int viewportWidth_ = 1, viewportHeight_ = 1;
  // Mouse state for orbit/pan drags and double-click detection.
  int dragButton_ = -1;
  bool dragShift_ = false;
  double lastX_ = 0.0, lastY_ = 0.0, pressX_ = 0.0, pressY_ = 0.0;
  double lastClickTime_ = -1.0;
  bool quit_ = false;
  bool uiOnScreen_ = false;  // panels drawn over the scene: frame the model beside them
  float pendingUiScale_ = 0.0f;
};

}  // namespace app
