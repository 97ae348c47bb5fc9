// Draws a laid-out handout page (handout_layout.h) with cairo: an A4 PDF with its fonts
// embedded, or a PNG at 150 dpi. The two pictures are RGBA images with numbered pins.
#pragma once

#include "app/handout_layout.h"

#include <cstdint>
#include <string>
#include <vector>

namespace app {

struct HandoutPicture {
  int width = 0, height = 0;
  std::vector<std::uint8_t> rgba;  // top row first
  std::vector<std::pair<float, float>> pins;  // pixel positions, numbered from 1 in order
};

// The font the page is set in, measured as cairo will draw it.
TextWidth cairoTextWidth();

// Writes path (.pdf or .png, by its ending). False with a one-line reason in error.
bool writeHandout(const HandoutPage& page, const HandoutPicture& normal, const HandoutPicture& patient,
                  const std::string& path, std::string& error);

}  // namespace app
