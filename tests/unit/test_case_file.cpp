// Case files: a saved case reads back exactly, a file from a newer minor version still
// opens, and every kind of broken file gives one LoadError naming the file and the reason.
#include "io/case_file.h"
#include "io/model_loader.h"

#include "test_support.h"

#include <gtest/gtest.h>

#include <cmath>
#include <fstream>
#include <limits>

namespace {

using anatomy::ConditionId;

anatomy::CaseRecord sampleCase() {
  anatomy::CaseRecord c;
  c.title = "J. D., right heel";
  c.date = "2024-02-29";
  c.notes = "Pain on hills for 3 months.\n\nNodule at the insertion; \"worse in the morning\".\tTab.";
  c.preset = "calcific-spur";
  c.conditions.set(ConditionId::CalcificSpur, 0.8f);
  c.conditions.set(ConditionId::Haglund, 0.3f);
  c.conditions.set(ConditionId::TightAchilles, 1.0f / 3.0f);  // needs all of a float's digits
  c.overlays = {anatomy::OverlayKind::Posterior, anatomy::OverlayKind::Lateral};
  c.view = geometry::StandardView::Posterior;
  c.hidden = {"skin", "kager_fat_pad", "metatarsal_1"};
  return c;
}

void writeText(const std::string& path, const std::string& text) {
  std::ofstream out(path, std::ios::binary | std::ios::trunc);
  out << text;
}

std::string readText(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  return std::string(std::istreambuf_iterator<char>(in), {});
}

const std::string kHead = R"("format": "ankle-atlas-case", "version": "1.0")";

// Parses {kHead, body} and expects a LoadError for "case.aacase" whose reason contains part.
void expectRejected(const std::string& body, const std::string& part) {
  const std::string text = "{" + kHead + (body.empty() ? "" : ", " + body) + "}";
  try {
    io::parseCase(text, "case.aacase");
    ADD_FAILURE() << "accepted: " << text;
  } catch (const io::LoadError& e) {
    EXPECT_EQ(e.path(), "case.aacase");
    EXPECT_NE(e.reason().find(part), std::string::npos) << "reason: " << e.reason() << "\nexpected: " << part;
    EXPECT_EQ(std::string(e.what()).find('\n'), std::string::npos) << e.what();
  }
}

}  // namespace

TEST(CaseFile, WriteThenReadGivesTheSameCase) {
  const std::string path = testsupport::outputPath("round_trip.aacase");
  io::writeCaseFile(path, sampleCase());
  const anatomy::CaseRecord back = io::readCaseFile(path);
  EXPECT_EQ(back, sampleCase());
  EXPECT_EQ(back.conditions[ConditionId::TightAchilles], 1.0f / 3.0f);
  EXPECT_EQ(io::encodeCase(back), readText(path)) << "encoding is deterministic";
}

TEST(CaseFile, WritesReadableNumbersAndOnlyActiveConditions) {
  const std::string text = io::encodeCase(sampleCase());
  EXPECT_NE(text.find("\"calcific_spur\": 0.8"), std::string::npos) << text;
  EXPECT_EQ(text.find("flat_foot"), std::string::npos) << "a condition at 0 is not listed";
  EXPECT_NE(text.find("\"view\": \"posterior\""), std::string::npos);
}

TEST(CaseFile, MinimalFileGivesDefaults) {
  const anatomy::CaseRecord c = io::parseCase("{" + kHead + "}", "min.aacase");
  EXPECT_EQ(c, anatomy::CaseRecord{});
  EXPECT_EQ(c.view, geometry::StandardView::Lateral);
  EXPECT_FALSE(c.conditions.any());
}

TEST(CaseFile, NewerMinorVersionAndUnknownKeysAreRead) {
  const anatomy::CaseRecord c = io::parseCase(
      R"({"format": "ankle-atlas-case", "version": "1.7", "title": "x", "photos": [1, 2], "severities": {"haglund": 1},
          "view": "whole-leg", "preset": "flat_foot", "overlays": ["whole-leg"], "date": null})",
      "newer.aacase");
  EXPECT_EQ(c.title, "x");
  EXPECT_EQ(c.conditions[ConditionId::Haglund], 1.0f);
  EXPECT_EQ(c.view, geometry::StandardView::WholeLeg);
  EXPECT_EQ(c.preset, "flat-foot") << "stored under the preset's own id";
  EXPECT_TRUE(c.date.empty()) << "null means not given";
}

TEST(CaseFile, NewerMajorVersionIsRefusedClearly) {
  try {
    io::parseCase(R"({"format": "ankle-atlas-case", "version": "2.0"})", "future.aacase");
    FAIL() << "accepted";
  } catch (const io::LoadError& e) {
    EXPECT_EQ(std::string(e.what()),
              "future.aacase: this case file is version 2.0, made by a newer Ankle Atlas; this one reads version 1 "
              "(update the app to open it)");
  }
}

TEST(CaseFile, SeverityOutOfRangeNamesConditionAndValue) {
  try {
    io::parseCase("{" + kHead + R"(, "severities": {"haglund": 1.7}})", "case.aacase");
    FAIL() << "accepted";
  } catch (const io::LoadError& e) {
    EXPECT_EQ(std::string(e.what()), "case.aacase: \"severities\": severity of 'haglund' is 1.7, expected 0 to 1");
  }
}

TEST(CaseFile, EachKindOfBadContentIsNamed) {
  expectRejected(R"("severities": {"haglund": -0.1})", "severity of 'haglund' is -0.1, expected 0 to 1");
  expectRejected(R"("severities": {"haglund": 1e999})", "not valid JSON: a number is too large");
  expectRejected(R"("severities": {"haglund": "high"})", "severity of 'haglund' must be a number, not text");
  expectRejected(R"("severities": {"hallux_valgus": 0.5})", "unknown condition 'hallux_valgus' (known: calcific_spur");
  expectRejected(R"("severities": {"flat_foot": 0.5, "flat-foot": 0.2})", "condition 'flat_foot' is given twice");
  expectRejected(R"("severities": [0.5])", "must be an object");
  expectRejected(R"("view": "sideways")", "\"view\": unknown view 'sideways' (use lateral, medial");
  expectRejected(R"("preset": "gout")", "\"preset\": unknown preset 'gout' (use normal, flat-foot");
  expectRejected(R"("overlays": ["lateral", "lateral"])", "overlay 'lateral' is listed twice");
  expectRejected(R"("overlays": "lateral")", "\"overlays\": must be a list [...], not text");
  expectRejected(R"("overlays": ["sagittal"])", "unknown overlay 'sagittal'");
  expectRejected(R"("hidden": ["Skin"])", "'Skin' is not a structure id");
  expectRejected(R"("hidden": ["skin", "skin"])", "structure 'skin' is listed twice");
  expectRejected(R"("hidden": [3])", "structure ids must be text, not a number");
  expectRejected(R"("title": 12)", "\"title\": must be text, not a number");
  expectRejected(R"("title": "two\nlines")", "\"title\": must be one line");
  expectRejected(R"("notes": "nul\u0000byte")", "\"notes\": contains a control character");
  expectRejected(R"("date": "3 March")", "'3 March' is not a date like 2026-12-03");
  expectRejected(R"("date": "2023-02-29")", "is not a date");
  expectRejected(R"("date": "2024-13-01")", "is not a date");
}

TEST(CaseFile, AbsurdSizesAreRefusedWithTheLimit) {
  expectRejected(R"("title": ")" + std::string(io::kMaxCaseTitleBytes + 1, 'a') + "\"", "\"title\": is 201 bytes long; the limit is 200");
  expectRejected(R"("notes": ")" + std::string(io::kMaxCaseNotesBytes + 1, 'a') + "\"", "\"notes\": is 65,537 bytes long");
  expectRejected(R"("hidden": [")" + std::string(anatomy::kMaxIdLength + 1, 'a') + "\"]", "is not a structure id");
  try {
    io::parseCase(std::string(io::kMaxCaseFileBytes + 1, ' '), "huge.aacase");
    FAIL() << "accepted";
  } catch (const io::LoadError& e) {
    EXPECT_EQ(e.reason(), "the file has 1,048,577 bytes; a case file may have at most 1 MB");
  }
}

TEST(CaseFile, NotACaseFileIsSaidSo) {
  const auto reasonFor = [](const std::string& text) {
    try {
      io::parseCase(text, "x.aacase");
    } catch (const io::LoadError& e) {
      EXPECT_EQ(e.path(), "x.aacase");
      return e.reason();
    }
    return std::string("accepted");
  };
  EXPECT_NE(reasonFor("").find("not valid JSON"), std::string::npos);
  EXPECT_NE(reasonFor("{\"format\": \"ankle-atlas-case\",").find("not valid JSON at line 1, column 31: the text ends too early"), std::string::npos);
  EXPECT_NE(reasonFor("[1, 2]").find("not an Ankle Atlas case file"), std::string::npos);
  EXPECT_NE(reasonFor(R"({"format": "ankle-atlas-lesson", "version": "1.0"})").find("needs \"format\": \"ankle-atlas-case\""),
            std::string::npos);
  EXPECT_NE(reasonFor(R"({"format": "ankle-atlas-case"})").find("\"version\" must be like \"1.0\""), std::string::npos);
  EXPECT_NE(reasonFor(R"({"format": "ankle-atlas-case", "version": "1.x"})").find("\"version\""), std::string::npos);
  EXPECT_NE(reasonFor(std::string(100, '[') + std::string(100, ']')).find("nested more than 32 levels"), std::string::npos);
}

TEST(CaseFile, FileProblemsNameTheFile) {
  const std::string missing = testsupport::outputPath("missing.aacase");
  try {
    io::readCaseFile(missing);
    FAIL() << "a missing file was read";
  } catch (const io::LoadError& e) {
    EXPECT_EQ(std::string(e.what()), missing + ": no such case file");
  }
  const std::string big = testsupport::outputPath("big.aacase");
  writeText(big, std::string(io::kMaxCaseFileBytes + 10, ' '));
  try {
    io::readCaseFile(big);
    FAIL() << "accepted";
  } catch (const io::LoadError& e) {
    EXPECT_EQ(e.path(), big);
    EXPECT_NE(e.reason().find("a case file may have at most 1 MB"), std::string::npos) << e.reason();
  }
  try {
    io::readCaseFile(AA_TEST_OUTPUT_DIR);
    FAIL() << "a folder was accepted";
  } catch (const io::LoadError& e) {
    EXPECT_NE(e.reason().find("not a regular file"), std::string::npos) << e.reason();
  }
}

// The JSON parser stops at a NUL byte as at the end of the text, so whatever follows one
// was silently ignored (issue 9, item 11).
TEST(CaseFile, TextAfterANulByteIsRefused) {
  const std::string head = R"({"format": "ankle-atlas-case", "version": "1.0", "title": "x"})";
  try {
    io::parseCase(head + std::string(1, '\0') + R"({"title": "hidden"})", "nul.aacase");
    FAIL() << "accepted JSON followed by a NUL byte";
  } catch (const io::LoadError& e) {
    EXPECT_NE(e.reason().find("NUL byte at line 1, column 63"), std::string::npos) << e.reason();
  }
}

// Every content error names the field it is about, severities included.
TEST(CaseFile, SeverityErrorsNameTheField) {
  const std::string head = R"({"format": "ankle-atlas-case", "version": "1.0", )";
  for (const char* body : {R"("severities": {"nope": 1}})", R"("severities": {"haglund": 2}})",
                                  R"("severities": {"haglund": "x"}})"}) {
    try {
      io::parseCase(head + std::string(body), "c.aacase");
      ADD_FAILURE() << "accepted " << body;
    } catch (const io::LoadError& e) {
      EXPECT_EQ(e.reason().rfind("\"severities\": ", 0), 0u) << e.reason();
    }
  }
}
