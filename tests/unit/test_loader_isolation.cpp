// The forked importer: results come back intact, and crashes, hangs, runaway memory and odd
// exits all turn into ImportErrors while the test process carries on.
#include "io/import_isolation.h"

#include <gtest/gtest.h>

#include <signal.h>
#include <unistd.h>

#include <chrono>
#include <cstdio>
#include <fstream>
#include <string>
#include <thread>
#include <cstdlib>
#include <cstring>
#include <memory>

using io::detail::ImportedScene;
using io::detail::ImportError;
using io::detail::IsolationLimits;

namespace {

IsolationLimits quick(int seconds = 10) {
  IsolationLimits limits;
  limits.timeoutSeconds = seconds;
  limits.memoryBytes = 512ull << 20;
  return limits;
}

std::string failureOf(const std::function<ImportedScene()>& work, const IsolationLimits& limits) {
  try {
    io::detail::runIsolated(work, limits);
  } catch (const ImportError& e) {
    return e.what();
  }
  return "(no error)";
}

}  // namespace

TEST(LoaderIsolation, ReturnsTheChildsScene) {
  const ImportedScene scene = io::detail::runIsolated(
      [] {
        ImportedScene s;
        io::detail::ImportedMesh m;
        m.nodeName = "talus";
        m.mesh.positions.assign(30000, glm::vec3(1, 2, 3));  // bigger than a pipe buffer
        for (std::uint32_t i = 0; i < 30000; ++i) m.mesh.indices.push_back(i);
        s.meshes.push_back(m);
        return s;
      },
      quick());
  ASSERT_EQ(scene.meshes.size(), 1u);
  EXPECT_EQ(scene.meshes[0].nodeName, "talus");
  EXPECT_EQ(scene.meshes[0].mesh.positions.size(), 30000u);
  EXPECT_EQ(scene.meshes[0].mesh.positions[29999], glm::vec3(1, 2, 3));
}

TEST(LoaderIsolation, ChildImportErrorComesBackAsIs) {
  EXPECT_EQ(failureOf([]() -> ImportedScene { throw ImportError("GLTF: No scene"); }, quick()), "GLTF: No scene");
  EXPECT_NE(failureOf([]() -> ImportedScene { throw std::runtime_error("boom"); }, quick()).find("boom"),
            std::string::npos);
}

TEST(LoaderIsolation, SegfaultBecomesAnError) {
  const std::string why = failureOf(
      []() -> ImportedScene {
        ::raise(SIGSEGV);
        return {};
      },
      quick());
  EXPECT_EQ(why, "the importer crashed on this file (it may be damaged or use a feature the importer does not support)");
  EXPECT_EQ(why.find("SIG"), std::string::npos) << "no signal names in what a person reads";
}

TEST(LoaderIsolation, AbortBecomesAnError) {
  const std::string why = failureOf(
      []() -> ImportedScene {
        ::signal(SIGABRT, SIG_DFL);
        std::abort();
      },
      quick());
  EXPECT_NE(why.find("the importer crashed on this file"), std::string::npos) << why;
}

TEST(LoaderIsolation, HangIsStoppedAtTheClockLimit) {
  // A child that waits without working uses no processor time: the clock stops it.
  IsolationLimits limits = quick(10);
  limits.wallSeconds = 1;
  const std::string why = failureOf(
      []() -> ImportedScene {
        for (;;) ::pause();
      },
      limits);
  EXPECT_NE(why.find("did not finish within 1 s"), std::string::npos) << why;
}

TEST(LoaderIsolation, BusyLoopIsStoppedAtTheProcessorTimeLimit) {
  IsolationLimits limits = quick(1);
  limits.wallSeconds = 120;  // however busy the machine, the processor limit comes first
  const std::string why = failureOf(
      []() -> ImportedScene {
        volatile unsigned long spin = 0;
        for (;;) spin = spin + 1;
      },
      limits);
  EXPECT_NE(why.find("more than 1 s of processor time"), std::string::npos) << why;
}

TEST(LoaderIsolation, AnImportSlowedByABusyMachineIsNotStoppedByTheProcessorLimit) {
  // Waiting (as a busy machine makes a legitimate import wait) costs no processor time: a
  // child that takes longer than its processor limit on the clock still finishes.
  IsolationLimits limits = quick(1);
  limits.wallSeconds = 60;
  const ImportedScene scene = io::detail::runIsolated(
      []() -> ImportedScene {
        ::usleep(1'600'000);
        ImportedScene done;
        done.droppedTriangles = 7;
        return done;
      },
      limits);
  EXPECT_EQ(scene.droppedTriangles, 7u);
}

TEST(LoaderIsolation, RunawayMemoryGivesAClearMessage) {
#if defined(__SANITIZE_ADDRESS__)
  GTEST_SKIP() << "AddressSanitizer's allocator dies instead of throwing std::bad_alloc";
#endif
  const std::string why = failureOf(
      []() -> ImportedScene {
        std::vector<std::unique_ptr<char[]>> hog;  // reserved, never touched: cheap to run
        for (;;) hog.emplace_back(new char[64u << 20]);
      },
      quick());
  EXPECT_NE(why.find("ran out of memory (limit 512 MB)"), std::string::npos) << why;
}

TEST(LoaderIsolation, UnexpectedExitIsReported) {
  const std::string why = failureOf(
      []() -> ImportedScene {
        _exit(7);
      },
      quick());
  EXPECT_NE(why.find("exit status 7"), std::string::npos) << why;
}

TEST(LoaderIsolation, ChildOutputDoesNotReachOurStdout) {
  // Importers sometimes print; that must not end up in --list-structures JSON.
  testing::internal::CaptureStdout();
  io::detail::runIsolated(
      [] {
        std::printf("noise from the importer\n");
        std::fflush(stdout);
        return ImportedScene{};
      },
      quick());
  EXPECT_EQ(testing::internal::GetCapturedStdout(), "");
}

TEST(LoaderIsolation, SignalNamesAreReadable) {
  EXPECT_EQ(io::detail::signalName(SIGSEGV), "SIGSEGV");
  EXPECT_EQ(io::detail::signalName(SIGBUS), "SIGBUS");
  EXPECT_EQ(io::detail::signalName(63), "signal 63");
}

TEST(LoaderIsolation, WorkWhileWaitingRunsHereWhileTheChildImports) {
  // The child only finishes once the parent's waiting work has run: it waits for a file that
  // only the parent writes, so the two really overlap.
  const std::string flag = testing::TempDir() + "/aa-isolation-flag";
  std::remove(flag.c_str());
  int calls = 0;
  const ImportedScene scene = io::detail::runIsolated(
      [&flag] {
        for (int i = 0; i < 500 && !std::ifstream(flag).good(); ++i) std::this_thread::sleep_for(std::chrono::milliseconds(10));
        ImportedScene s;
        io::detail::ImportedMesh m;
        m.nodeName = std::ifstream(flag).good() ? "after" : "before";
        s.meshes.push_back(m);
        return s;
      },
      quick(), [&] {
        ++calls;
        std::ofstream(flag) << "started";
      });
  std::remove(flag.c_str());
  EXPECT_EQ(calls, 1);
  ASSERT_EQ(scene.meshes.size(), 1u);
  EXPECT_EQ(scene.meshes[0].nodeName, "after");
}
