// A Controller over the built-in model with a recording backend, for command-level tests
// without a display (tests/unit/test_controller.cpp, test_compare.cpp).
#pragma once

#include "app/controller.h"
#include "io/model_loader.h"

#include <gtest/gtest.h>

#include <string>

namespace testsupport {

inline const anatomy::Atlas& builtIn() {
  static const anatomy::Atlas atlas = [] {
    io::LoadOptions load;
    load.isolate = false;
    anatomy::Atlas a = io::loadModel(std::string(AA_SOURCE_DIR) + "/models/foot_ankle.glb", load, nullptr);
    a.builtIn = true;
    return a;
  }();
  return atlas;
}

struct Fixture {
  app::AppState state;
  render::NullBackend meshes;
  double now = 100.0;
  app::Controller controller{state, meshes, [this] { return now; }};
  explicit Fixture(int views = 1) {
    state.viewportWidth = 1280;
    state.viewportHeight = 720;
    state.views.resize(static_cast<std::size_t>(views));
    if (views == 2) {
      state.views[0].rect = {0.0f, 0.0f, 0.5f, 1.0f};
      state.views[1].rect = {0.5f, 0.0f, 0.5f, 1.0f};
    }
    controller.setAtlas(builtIn(), io::LoadReport(), anatomy::Conditions(), geometry::StandardView::Lateral);
  }
  void apply(const ui::Command& c) { controller.apply(c); }
  double measure(const std::string& key) const {
    for (const anatomy::Measurement& m : state.views.front().measurements)
      if (m.key == key) return m.value;
    ADD_FAILURE() << "no measurement " << key;
    return 0.0;
  }
};

}  // namespace testsupport
