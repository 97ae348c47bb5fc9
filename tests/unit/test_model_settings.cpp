// Up axis and units remembered per model file (View > Up axis / Units), and the command
// that reopens the user's model with them.
#include "controller_fixture.h"

#include "io/model_settings.h"

#include <gtest/gtest.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>

#include <unistd.h>

namespace {
namespace fs = std::filesystem;

// A private configuration folder for the test's lifetime.
struct TempConfig {
  fs::path dir = fs::temp_directory_path() / ("aa-config-" + std::to_string(::getpid()));
  std::string old;
  bool had = false;
  TempConfig() {
    if (const char* x = std::getenv("XDG_CONFIG_HOME")) {
      had = true;
      old = x;
    }
    fs::remove_all(dir);
    ::setenv("XDG_CONFIG_HOME", dir.c_str(), 1);
  }
  ~TempConfig() {
    if (had) ::setenv("XDG_CONFIG_HOME", old.c_str(), 1);
    else ::unsetenv("XDG_CONFIG_HOME");
    fs::remove_all(dir);
  }
};

TEST(ModelSettings, RememberedPerFileAndForgottenAtDefaults) {
  TempConfig config;
  EXPECT_EQ(io::rememberedAxes("/data/bone.stl"), io::ModelAxes());
  io::rememberAxes("/data/bone.stl", {"z", "mm"});
  io::rememberAxes("/data/other.stl", {"auto", "m"});
  EXPECT_EQ(io::rememberedAxes("/data/bone.stl"), (io::ModelAxes{"z", "mm"}));
  EXPECT_EQ(io::rememberedAxes("/data/./bone.stl"), (io::ModelAxes{"z", "mm"}));  // the same file
  EXPECT_EQ(io::rememberedAxes("/data/other.stl").units, "m");
  io::rememberAxes("/data/bone.stl", {});
  EXPECT_EQ(io::rememberedAxes("/data/bone.stl"), io::ModelAxes());
  EXPECT_EQ(io::rememberedAxes("/data/other.stl").units, "m");
}

TEST(ModelSettings, ABrokenSettingsFileMeansNothingRemembered) {
  TempConfig config;
  fs::create_directories(fs::path(io::modelAxesPath()).parent_path());
  for (const char* text : {"not json", "{\"files\": 3}", "{\"files\": [{\"path\": \"/a\", \"up\": \"sideways\", \"units\": \"mm\"}]}"}) {
    std::ofstream(io::modelAxesPath()) << text;
    EXPECT_EQ(io::rememberedAxes("/a"), io::ModelAxes()) << text;
  }
  io::rememberAxes("/a", {"-z", "cm"});  // and it is replaced by a good one
  EXPECT_EQ(io::rememberedAxes("/a"), (io::ModelAxes{"-z", "cm"}));
}

TEST(ModelSettings, KeepsTheNewestFiles) {
  TempConfig config;
  for (int i = 0; i < 205; ++i) io::rememberAxes("/m/" + std::to_string(i) + ".stl", {"z", "auto"});
  EXPECT_EQ(io::rememberedAxes("/m/0.stl"), io::ModelAxes());
  EXPECT_EQ(io::rememberedAxes("/m/204.stl").up, "z");
}

TEST(ModelSettings, ChoosingAnAxisReopensAUserModelOnly) {
  testsupport::Fixture f;
  ui::Command up = ui::makeCommand(ui::CommandKind::SetUpAxis);
  up.text = "z";
  f.apply(up);
  EXPECT_FALSE(f.state.load.pending) << "the built-in model has no axes to choose";
  f.state.atlas.builtIn = false;
  f.state.atlas.sourcePath = "/data/bone.stl";
  f.apply(up);
  EXPECT_TRUE(f.state.load.pending);
  EXPECT_EQ(f.state.load.path, "/data/bone.stl");
  EXPECT_TRUE(f.state.load.axesChosen);
  EXPECT_EQ(f.state.load.axes.up, "z");
  EXPECT_EQ(f.state.load.axes.units, "auto");
  f.state.load = {};
  up.text = "sideways";  // not an axis: nothing happens
  f.apply(up);
  EXPECT_FALSE(f.state.load.pending);
}

}  // namespace
