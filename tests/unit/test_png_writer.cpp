// The PNG writer: files it writes decode (with stb_image) to exactly the pixels given,
// alpha dropped; bad paths give an error naming the folder and leave no file behind.
#include "io/png_writer.h"
#include "test_support.h"

#include <gtest/gtest.h>

#include <filesystem>

namespace {
std::vector<std::uint8_t> testImage(int w, int h) {
  std::vector<std::uint8_t> rgba(static_cast<std::size_t>(w) * h * 4);
  for (int y = 0; y < h; ++y)
    for (int x = 0; x < w; ++x) {
      std::uint8_t* p = &rgba[(static_cast<std::size_t>(y) * w + x) * 4];
      p[0] = static_cast<std::uint8_t>(x * 7 + y);  // wraps around: exercises the filter's modulo
      p[1] = static_cast<std::uint8_t>(y * 3);
      p[2] = static_cast<std::uint8_t>((x ^ y) & 0xFF);
      p[3] = static_cast<std::uint8_t>(x);  // ignored: screenshots are opaque
    }
  return rgba;
}
}  // namespace

TEST(PngWriter, RoundTripsEveryPixel) {
  const int w = 77, h = 41;
  const auto rgba = testImage(w, h);
  const std::string path = testsupport::outputPath("png_writer_roundtrip.png");
  std::string error;
  ASSERT_TRUE(io::writePng(path, w, h, rgba, error)) << error;
  testsupport::Image img;
  ASSERT_TRUE(testsupport::readPng(path, img));
  ASSERT_EQ(img.width, w);
  ASSERT_EQ(img.height, h);
  for (int y = 0; y < h; ++y)
    for (int x = 0; x < w; ++x)
      for (int c = 0; c < 3; ++c)
        ASSERT_EQ(img.at(x, y)[c], rgba[(static_cast<std::size_t>(y) * w + x) * 4 + c]) << x << "," << y << " c" << c;
  EXPECT_FALSE(std::filesystem::exists(path + ".partial"));
}

TEST(PngWriter, MissingFolderIsAnErrorAndWritesNothing) {
  const std::string path = testsupport::outputPath("no_such_folder/x.png");
  std::string error;
  EXPECT_FALSE(io::writePng(path, 4, 4, testImage(4, 4), error));
  EXPECT_NE(error.find("does not exist"), std::string::npos) << error;
  EXPECT_FALSE(std::filesystem::exists(path));
}

TEST(PngWriter, WrongBufferSizeIsRefused) {
  std::string error;
  EXPECT_FALSE(io::writePng(testsupport::outputPath("bad.png"), 4, 4, std::vector<std::uint8_t>(10), error));
  EXPECT_FALSE(error.empty());
}
