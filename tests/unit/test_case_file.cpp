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
  c.side = anatomy::Side::Left;
  c.fitted = {{"calcaneal_pitch_deg", 14.5f}, {"spur_length_mm", 6.0f}};  // in --measure order
  c.pins = {{"calcaneus", {12.25f, -3.5f, 40.0f}, "Sore spot, \"here\""}, {"achilles_tendon", {0.1f, 60.0f, -20.0f}, ""}};
  anatomy::CaseBookmark b;
  b.name = "Close on the spur";
  b.view = geometry::StandardView::HeelLateral;
  b.target = {1.0f, 2.0f, 3.0f};
  b.distance = 180.5f;
  b.yawDeg = -80.0f;
  b.pitchDeg = 12.0f;
  c.bookmarks = {b};
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

const std::string kHead = R"("format": "ankle-atlas-case", "version": "1.1")";

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
  EXPECT_NE(reasonFor(R"({"format": "ankle-atlas-case"})").find("\"version\" must be like \"1.2\""), std::string::npos);
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

// Version 1.2: the spur's inclination, written only when it is not the default, so a case
// without it (every older file) opens at the default and round-trips unchanged.
TEST(CaseFile, SpurInclinationRoundTripsAndOlderFilesReadTheDefault) {
  anatomy::CaseRecord tilted = sampleCase();
  tilted.conditions.spurInclinationDeg = 38.5f;
  const std::string text = io::encodeCase(tilted);
  EXPECT_NE(text.find("\"spur_inclination_deg\": 38.5"), std::string::npos) << text;
  EXPECT_EQ(io::parseCase(text, "tilted.aacase"), tilted);
  EXPECT_EQ(io::encodeCase(sampleCase()).find("spur_inclination"), std::string::npos) << "the default is not written";
  const anatomy::CaseRecord old = io::parseCase("{" + kHead + R"(, "severities": {"calcific_spur": 1}})", "old.aacase");
  EXPECT_EQ(old.conditions.spurInclinationDeg, anatomy::kSpurInclinationDefaultDeg);
  expectRejected(R"("spur_inclination_deg": 60)", "spur inclination");
  expectRejected(R"("spur_inclination_deg": "steep")", "spur_inclination_deg");
}

TEST(CaseFile, EveryFieldChangesTheRecord) {
  // The round trip above only proves something if each field takes part in ==.
  const anatomy::CaseRecord base = sampleCase();
  std::vector<anatomy::CaseRecord> changed(13, base);
  changed[0].title += "x";
  changed[1].date = "2024-03-01";
  changed[2].notes += "x";
  changed[3].preset = "haglund";
  changed[4].side = anatomy::Side::Right;
  changed[5].conditions.set(ConditionId::FlatFoot, 0.5f);
  changed[6].fitted[0].value += 1.0f;
  changed[7].overlays.pop_back();
  changed[8].view = geometry::StandardView::Lateral;
  changed[9].hidden.pop_back();
  changed[10].pins[0].point.z += 1.0f;
  changed[11].bookmarks[0].yawDeg += 1.0f;
  changed[12].conditions.spurInclinationDeg = 10.0f;
  for (std::size_t i = 0; i < changed.size(); ++i) {
    EXPECT_FALSE(changed[i] == base) << "field " << i;
    EXPECT_EQ(io::parseCase(io::encodeCase(changed[i]), "x.aacase"), changed[i]) << "field " << i;
  }
}

TEST(CaseFile, FittedNumbersAreStoredInMeasureOrder) {
  anatomy::CaseRecord c;
  c.fitted = {{"spur_length_mm", 6.0f}, {"calcaneal_pitch_deg", 14.0f}};
  const anatomy::CaseRecord back = io::parseCase(io::encodeCase(c), "x.aacase");
  ASSERT_EQ(back.fitted.size(), 2u);
  EXPECT_EQ(back.fitted[0].key, "calcaneal_pitch_deg");
  EXPECT_EQ(back.fitted[1].value, 6.0f);
}

TEST(CaseFile, VersionOneZeroFileIsARightCase) {
  const anatomy::CaseRecord c = io::parseCase(
      R"({"format": "ankle-atlas-case", "version": "1.0", "title": "old", "severities": {"haglund": 0.5}})", "old.aacase");
  EXPECT_EQ(c.side, anatomy::Side::Right);
  EXPECT_TRUE(c.pins.empty());
  EXPECT_EQ(c.conditions[ConditionId::Haglund], 0.5f);
}

TEST(CaseFile, BadSideFittedPinsAndBookmarksAreNamed) {
  expectRejected(R"("side": "both")", "\"side\": 'both' is not a side (use right or left)");
  expectRejected(R"("side": 1)", "\"side\": must be text");
  expectRejected(R"("fitted": {"shoe_size": 9})", "unknown measurement 'shoe_size'");
  expectRejected(R"("fitted": {"calcaneal_pitch_deg": "low"})", "calcaneal_pitch_deg must be a number");
  expectRejected(R"("fitted": [14])", "\"fitted\": must be an object");
  expectRejected(R"("pins": [{"structure": "calcaneus"}])", "pin 1: needs \"structure\" and \"point\"");
  expectRejected(R"("pins": [{"structure": "calcaneus", "point": [1, 2]}])", "must be [x, y, z] in mm");
  expectRejected(R"("pins": [{"structure": "Calcaneus", "point": [1, 2, 3]}])", "'Calcaneus' is not a structure id");
  expectRejected(R"("pins": [{"structure": "calcaneus", "point": [1, 2, 1e9]}])", "coordinate is 1e+09");
  expectRejected(R"("pins": [{"structure": "calcaneus", "point": [1, 2, 3], "text": "a\nb"}])", "must be one line");
  expectRejected(R"("pins": {})", "\"pins\": must be a list");
  expectRejected(R"("bookmarks": [{"name": "a", "pitch_deg": 95}])", "pitch_deg is 95, expected -90 to 90");
  expectRejected(R"("bookmarks": [{"view": "up"}])", "unknown view 'up'");
}

TEST(CaseFile, TruncatedFilesAreRefusedNamingTheFile) {
  const std::string text = io::encodeCase(sampleCase());
  const std::string path = testsupport::outputPath("truncated.aacase");
  // Cut anywhere, the file is no longer a whole JSON document: always one line naming it.
  for (std::size_t cut : {std::size_t{1}, text.size() / 3, text.size() / 2, text.size() - 3}) {
    writeText(path, text.substr(0, cut));
    try {
      io::readCaseFile(path);
      ADD_FAILURE() << "accepted a file cut at " << cut;
    } catch (const io::LoadError& e) {
      EXPECT_EQ(e.path(), path);
      EXPECT_EQ(std::string(e.what()).find('\n'), std::string::npos) << e.what();
    }
  }
}
