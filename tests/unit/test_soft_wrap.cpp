// Soft wrapping of the lesson-authoring words box: lines fit the width, only spaces become
// newlines (the cursor stays put), paragraphs survive, and unwrapping gives the words back.
#include "ui/soft_wrap.h"

#include <gtest/gtest.h>

#include <sstream>
#include <string>
#include <vector>

namespace {
// Every character 10 px wide.
float fixedWidth(const char* begin, const char* end) { return 10.0f * static_cast<float>(end - begin); }

std::vector<std::string> linesOf(const std::string& text) {
  std::vector<std::string> lines;
  std::istringstream in(text);
  for (std::string line; std::getline(in, line);) lines.push_back(line);
  return lines;
}

const std::string kWords =
    "The calcaneus is the largest tarsal bone, about a third of the length of the foot.\n\n"
    "On the medial side the sustentaculum tali is a shelf that props up the talus.";

TEST(SoftWrap, LinesFitTheWidthAndOnlySpacesChange) {
  std::string text = kWords;
  ui::wrapSoft(text, 200.0f, fixedWidth);  // 20 characters a line
  ASSERT_EQ(text.size(), kWords.size());
  for (std::size_t i = 0; i < text.size(); ++i)
    if (text[i] != kWords[i]) {
      EXPECT_TRUE(kWords[i] == ' ' && text[i] == '\n') << "at " << i;
    }
  const std::vector<std::string> lines = linesOf(text);
  EXPECT_GT(lines.size(), 8u);
  for (const std::string& line : lines) EXPECT_LE(line.size(), 20u) << line;
  EXPECT_NE(text.find("\n\n"), std::string::npos) << "the paragraph break stays";
}

TEST(SoftWrap, UnwrappingGivesTheWordsBackAndRewrappingFollowsTheWidth) {
  std::string text = kWords;
  ui::wrapSoft(text, 200.0f, fixedWidth);
  EXPECT_EQ(ui::unwrappedCopy(text), kWords);
  ui::wrapSoft(text, 400.0f, fixedWidth);  // a wider box: fewer lines
  std::string narrow = kWords;
  ui::wrapSoft(narrow, 200.0f, fixedWidth);
  EXPECT_LT(linesOf(text).size(), linesOf(narrow).size());
  EXPECT_EQ(ui::unwrappedCopy(text), kWords);
  ui::wrapSoft(text, 10000.0f, fixedWidth);  // wide enough: nothing wrapped
  EXPECT_EQ(text, kWords);
}

TEST(SoftWrap, AWordWiderThanTheBoxKeepsALineOfItsOwn) {
  std::string text = "a sustentaculum b";
  ui::wrapSoft(text, 50.0f, fixedWidth);
  EXPECT_EQ(text, "a\nsustentaculum\nb");
  std::string empty;
  ui::wrapSoft(empty, 50.0f, fixedWidth);
  EXPECT_TRUE(empty.empty());
}

}  // namespace
