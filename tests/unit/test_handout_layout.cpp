// The handout's page without cairo: a fake font (every character half its size wide) is
// enough to check what is on the page, that it stays inside A4, and that long notes shrink
// the text instead of adding a second page.
#include "app/handout_layout.h"

#include <gtest/gtest.h>

namespace {

float fakeWidth(const std::string& text, float size, bool bold) {
  return static_cast<float>(text.size()) * size * (bold ? 0.55f : 0.5f);
}

anatomy::CaseRecord spurCase() {
  anatomy::CaseRecord c;
  c.title = "Example: spur";
  c.conditions = *anatomy::presetConditions("calcific-spur");
  c.pins = {{"calcific_spur", {0, 0, 0}, "The spur"}, {"calcaneus", {0, 0, 0}, ""}};
  c.notes = "First line.\n\nSecond paragraph.";
  return c;
}

bool hasText(const app::HandoutPage& page, const std::string& text) {
  for (const app::TextRun& t : page.texts)
    if (t.text.find(text) != std::string::npos) return true;
  return false;
}

}  // namespace

TEST(HandoutLayout, SaysWhatTheCaseHasInPlainWords) {
  const std::vector<anatomy::Measurement> measured{{"calcaneal_pitch_deg", 15.0f}, {"spur_length_mm", 6.0f}};
  const app::HandoutContent c = app::handoutContent(spurCase(), measured, "7 December 2026");
  ASSERT_EQ(c.measures.size(), 2u);
  EXPECT_EQ(c.measures[0].words, "flatter than normal");
  EXPECT_EQ(c.measures[0].name, "Slope of the heel bone");
  ASSERT_EQ(c.pins.size(), 2u);
  EXPECT_EQ(c.pins[0], "The spur");
  EXPECT_NE(c.pins[1].find("alcaneus"), std::string::npos) << "a pin without text shows its structure's name";
  EXPECT_EQ(c.measures[1].normal, "normally none");
  std::vector<std::string> headings;
  for (const app::HandoutSection& s : c.sections) headings.push_back(s.heading);
  EXPECT_EQ(headings, (std::vector<std::string>{"What is happening in your heel", "What you can do",
                                                "When to see a doctor", "Notes from your clinician"}));
  EXPECT_GE(c.sections[0].paragraphs.size(), 2u) << "one per condition that has a card";
  EXPECT_EQ(c.sections[3].paragraphs.size(), 2u) << "blank lines dropped";
}

TEST(HandoutLayout, ARuptureIsNotSentToExercise) {
  anatomy::CaseRecord c;
  c.conditions.set(anatomy::ConditionId::AchillesRupture, 1.0f);
  const app::HandoutContent content = app::handoutContent(c, {}, "");
  for (const app::HandoutSection& s : content.sections)
    for (const std::string& p : s.paragraphs) EXPECT_EQ(p.find("physiotherapist"), std::string::npos) << p;
}

TEST(HandoutLayout, ANormalCaseStillSaysWhenToSeeADoctor) {
  const app::HandoutContent c = app::handoutContent(anatomy::CaseRecord{}, {}, "");
  ASSERT_GE(c.sections.size(), 3u);
  EXPECT_FALSE(c.sections[0].paragraphs.empty());
  EXPECT_FALSE(c.sections[2].paragraphs.empty());
}

TEST(HandoutLayout, EverythingStaysOnTheA4Page) {
  const app::HandoutPage page = app::layoutHandout(app::handoutContent(spurCase(), {}, "7 December 2026"), fakeWidth);
  EXPECT_TRUE(page.fits);
  int pictures = 0;
  for (const app::PageBox& b : page.boxes) {
    EXPECT_GE(b.x, 0.0f);
    EXPECT_LE(b.x + b.width, page.width + 0.01f);
    EXPECT_LE(b.y + b.height, page.height);
    pictures += b.kind == app::BoxKind::NormalPicture || b.kind == app::BoxKind::CasePicture;
  }
  EXPECT_EQ(pictures, 2);
  for (const app::TextRun& t : page.texts) {
    EXPECT_LE(t.x + fakeWidth(t.text, t.size, t.bold), page.width + 0.01f) << t.text;
    EXPECT_LE(t.y, page.height) << t.text;
  }
  EXPECT_TRUE(hasText(page, "About your heel"));
  EXPECT_TRUE(hasText(page, "7 December 2026"));
}

TEST(HandoutLayout, LongNotesShrinkTheTextRatherThanSpill) {
  anatomy::CaseRecord c = spurCase();
  for (int i = 0; i < 12; ++i) c.notes += "\nA longer note that the clinician wrote for the patient to read at home later on.";
  const app::HandoutPage page = app::layoutHandout(app::handoutContent(c, {}, ""), fakeWidth);
  EXPECT_LT(page.textScale, 1.0f);
  for (const app::TextRun& t : page.texts) EXPECT_LE(t.y, page.height) << t.text;
}

TEST(HandoutLayout, WrapKeepsWordsAndWidth) {
  const auto lines = app::wrapText("one two three four five six", 40.0f, 10.0f, false, fakeWidth);
  std::string joined;
  for (const std::string& l : lines) {
    EXPECT_LE(fakeWidth(l, 10.0f, false), 40.0f) << l;
    joined += (joined.empty() ? "" : " ") + l;
  }
  EXPECT_EQ(joined, "one two three four five six");
}
