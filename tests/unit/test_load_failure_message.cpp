// What the window's pop-up says when a model cannot be opened, in particular when the
// importer crashes on the file: the file's name, the reason in plain words, and that the
// model on screen stays. The crash here is a real one, in the forked importer.
#include "app/model_source.h"
#include "io/import_isolation.h"

#include <gtest/gtest.h>

#include <signal.h>

#include <string>

namespace {

std::string crashReason() {
  io::detail::IsolationLimits limits;
  limits.timeoutSeconds = 10;
  limits.memoryBytes = 512ull << 20;
  try {
    io::detail::runIsolated(
        []() -> io::detail::ImportedScene {
          ::raise(SIGSEGV);
          return {};
        },
        limits);
  } catch (const io::detail::ImportError& e) {
    return e.what();
  }
  return "(no error)";
}

}  // namespace

TEST(LoadFailureMessage, ImporterCrashIsSaidInPlainWordsNamingTheFile) {
  const std::string message = app::loadFailureMessage("/home/teacher/scans/heel.fbx", crashReason());
  EXPECT_EQ(message.rfind("Could not open heel.fbx: the importer crashed on this file", 0), 0u) << message;
  EXPECT_NE(message.find("damaged"), std::string::npos) << message;
  EXPECT_NE(message.find("The previous model is still shown."), std::string::npos) << message;
  EXPECT_EQ(message.find("SIG"), std::string::npos) << "no signal names: " << message;
  EXPECT_EQ(message.find("/home/teacher"), std::string::npos) << "the name, not the whole path: " << message;
}

TEST(LoadFailureMessage, OneSentenceEndEvenWhenTheReasonHasAFullStop) {
  const std::string message = app::loadFailureMessage("a/b/talus.stl", "the file is empty.");
  EXPECT_EQ(message, "Could not open talus.stl: the file is empty. The previous model is still shown.");
}

TEST(LoadFailureMessage, BuiltInModelAndHostileNamesStayReadableOnOneLine) {
  EXPECT_EQ(app::loadFailureMessage("", "missing").rfind("Could not open the built-in model: missing.", 0), 0u);
  const std::string hostile = app::loadFailureMessage("dir/evil\n\x1b[31mname.obj", "bad\nreason");
  EXPECT_EQ(hostile.find('\n'), std::string::npos) << hostile;
  EXPECT_EQ(hostile.find('\x1b'), std::string::npos) << hostile;
  EXPECT_NE(hostile.find("evil"), std::string::npos) << hostile;
}
