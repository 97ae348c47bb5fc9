// Hostile manifests (issue 9, items 1, 4 and 11): long joint chains, deep nesting, text
// after a NUL byte and control characters in ids. Each gives one LoadError in our words,
// and the checks cost time linear in the file (asserted by result, not by a clock).
#include "io/manifest.h"
#include "io/model_loader.h"

#include <gtest/gtest.h>

#include <string>

namespace {

anatomy::Atlas bareAtlas() {
  anatomy::Atlas a;
  anatomy::Structure s;
  s.id = "calcaneus";
  a.structures.push_back(s);
  return a;
}

// {"joints":[{"id":"j0"},{"id":"j1","parent":"j0"},...]}: one chain, root first unless
// reversed (then each joint's parent comes after it, the worst order for a naive walk).
std::string chainManifest(int joints, bool reversed, bool loop = false) {
  std::string text = R"({"joints":[)";
  for (int k = 0; k < joints; ++k) {
    const int i = reversed ? joints - 1 - k : k;
    if (k > 0) text += ',';
    text += R"({"id":"j)" + std::to_string(i) + '"';
    if (i > 0 || loop) text += R"(,"parent":"j)" + std::to_string(i > 0 ? i - 1 : joints - 1) + '"';
    text += R"(,"pivot":[0,0,0],"axis":[1,0,0]})";
  }
  return text + "]}";
}

std::string reasonFor(const std::string& text) {
  anatomy::Atlas a = bareAtlas();
  try {
    io::applyManifestText(text, "leg.manifest.json", a);
  } catch (const io::LoadError& e) {
    EXPECT_EQ(std::string(e.what()).find('\n'), std::string::npos) << "one line";
    EXPECT_TRUE(a.joints.empty()) << "the atlas is untouched";
    return e.reason();
  }
  return "accepted";
}

}  // namespace

TEST(ManifestHostile, LongestAllowedChainIsCheckedAndAccepted) {
  anatomy::Atlas a = bareAtlas();
  io::applyManifestText(chainManifest(1000, true), "leg.manifest.json", a);
  ASSERT_EQ(a.joints.size(), 1000u);
  EXPECT_EQ(a.joints.front().parent, "j998");
}

TEST(ManifestHostile, ALoopAtTheEndOfALongChainIsFound) {
  EXPECT_NE(reasonFor(chainManifest(1000, true, true)).find("the parent chain loops"), std::string::npos);
}

TEST(ManifestHostile, TwentyAndSixtyThousandJointChainsAreRefusedByCount) {
  for (int joints : {20000, 60000}) {
    const std::string text = chainManifest(joints, true);
    ASSERT_GT(text.size(), 1000000u);
    const std::string reason = reasonFor(text);
    EXPECT_NE(reason.find("joints: has " + std::to_string(joints / 1000) + ","), std::string::npos) << reason;
    EXPECT_NE(reason.find("the limit is 1,000"), std::string::npos) << reason;
  }
}

TEST(ManifestHostile, DeepNestingIsRefusedBeforeParsing) {
  const std::string reason = reasonFor(std::string(8u << 20, '['));
  EXPECT_NE(reason.find("nested more than 32 levels"), std::string::npos) << reason;
}

TEST(ManifestHostile, ErrorsAreInOurWordsNotTheParsers) {
  for (const std::string& text : {std::string("{\"title\": }"), std::string("{\"title\": \"x\""), std::string("[1e999]")}) {
    const std::string reason = reasonFor(text);
    EXPECT_NE(reason.find("not valid JSON"), std::string::npos) << reason;
    EXPECT_EQ(reason.find("json.exception"), std::string::npos) << reason;
    EXPECT_EQ(reason.find("parse_error"), std::string::npos) << reason;
    EXPECT_EQ(reason.find("last read"), std::string::npos) << reason;
  }
  EXPECT_NE(reasonFor("{\n\"title\": }").find("at line 2, column 10: unexpected character '}'"), std::string::npos)
      << reasonFor("{\n\"title\": }");
}

TEST(ManifestHostile, JsonAfterANulByteIsRefused) {
  const std::string text = std::string("{}") + '\0' + R"({"joints":[{"id":"x"}]})";
  EXPECT_NE(reasonFor(text).find("NUL byte"), std::string::npos) << reasonFor(text);
}

TEST(ManifestHostile, ControlCharactersInIdsAndPathsStayOnOneLine) {
  anatomy::Atlas a = bareAtlas();
  try {
    io::applyManifestText(R"({"joints":[{"id":"a\n\u001b[2Jb","parent":"zz","pivot":[0,0,0],"axis":[1,0,0]}]})",
                          "evil\nname\x1b[31m.json", a);
    FAIL() << "accepted";
  } catch (const io::LoadError& e) {
    const std::string what = e.what();
    EXPECT_EQ(what.find('\n'), std::string::npos) << what;
    EXPECT_EQ(what.find('\x1b'), std::string::npos) << what;
    EXPECT_NE(what.find("evil\\nname\\x1b[31m.json: "), std::string::npos) << what;
    EXPECT_NE(what.find("a\\n\\x1b[2Jb"), std::string::npos) << what;
  }
}
