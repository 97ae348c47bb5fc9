// The patient handout as a patient gets it: one A4 page (pdfinfo), every section there
// (pdftotext), fonts embedded (pdffonts), and real pictures in the picture boxes (the PNG
// handout, whose boxes must hold many colours, not a blank or single-colour rectangle).
#include "test_support.h"

#include <gtest/gtest.h>

#include <set>
#include <string>

namespace {

class HandoutRender : public testing::Test {
 protected:
  void SetUp() override {
    if (!testsupport::hasDisplay()) GTEST_SKIP() << "no display: render tests run under xvfb-run -a";
  }
};

std::string shipped(const std::string& name) { return std::string(AA_SOURCE_DIR) + "/models/cases/" + name + ".aacase"; }

// poppler-utils (scripts/install-deps.sh); run() takes a full path.
std::string tool(std::vector<std::string> argv) {
  argv.front() = "/usr/bin/" + argv.front();
  const auto r = testsupport::run(argv, 60);
  EXPECT_EQ(r.exitCode, 0) << argv.front() << ": " << r.err;
  return r.out;
}

// Distinct colours in a rectangle given as fractions of the image.
std::size_t coloursIn(const testsupport::Image& img, double x0, double y0, double x1, double y1) {
  std::set<unsigned> colours;
  for (int y = static_cast<int>(y0 * img.height); y < static_cast<int>(y1 * img.height); y += 2)
    for (int x = static_cast<int>(x0 * img.width); x < static_cast<int>(x1 * img.width); x += 2) {
      const unsigned char* p = img.at(x, y);
      colours.insert((unsigned{p[0]} << 16) | (unsigned{p[1]} << 8) | p[2]);
    }
  return colours.size();
}

}  // namespace

TEST_F(HandoutRender, PdfIsOneA4PageWithEverySectionAndEmbeddedFonts) {
  const std::string pdf = testsupport::outputPath("handout.pdf");
  const auto r = testsupport::runApp({"--case", shipped("calcific-spur"), "--handout", pdf, "--samples", "1"}, 180);
  ASSERT_EQ(r.exitCode, 0) << r.err;
  const std::string info = tool({"pdfinfo", pdf});
  EXPECT_NE(info.find("Pages:           1\n"), std::string::npos) << info;
  EXPECT_NE(info.find("(A4)"), std::string::npos) << info;
  const std::string text = tool({"pdftotext", "-layout", pdf, "-"});
  for (const char* part : {"About your heel", "Example: heel spur", "A normal heel", "Your heel", "Your measurements",
                           "Slope of the heel bone", "What is happening in your heel", "What you can do",
                           "When to see a doctor", "Notes from your clinician", "Bony spur where the tendon attaches"})
    EXPECT_NE(text.find(part), std::string::npos) << part << "\n" << text;
  const std::string fonts = tool({"pdffonts", pdf});
  EXPECT_EQ(fonts.find(" no "), std::string::npos) << "every font embedded:\n" << fonts;
}

TEST_F(HandoutRender, PngIsA4ShapedAndItsPicturesAreNotBlank) {
  const std::string png = testsupport::outputPath("handout.png");
  const auto r = testsupport::runApp({"--case", shipped("bursitis"), "--handout", png, "--samples", "1"}, 180);
  ASSERT_EQ(r.exitCode, 0) << r.err;
  testsupport::Image img;
  ASSERT_TRUE(testsupport::readPng(png, img));
  EXPECT_NEAR(static_cast<double>(img.height) / img.width, 297.0 / 210.0, 0.005);
  // The two picture boxes sit side by side under the title (handout_layout.cpp): a
  // rendered heel has hundreds of shades, an empty or failed render a handful.
  EXPECT_GT(coloursIn(img, 0.08, 0.13, 0.45, 0.30), 200u) << "normal heel picture";
  EXPECT_GT(coloursIn(img, 0.55, 0.13, 0.92, 0.30), 200u) << "case picture";
}
