// Cairo drawing of the handout. Text uses cairo's own ("toy") font API with DejaVu Sans,
// which the PDF surface embeds as a subset; layout (line breaks, sizes) is done already.
#include "app/handout_render.h"

#include <cairo-pdf.h>
#include <cairo.h>

#include <algorithm>
#include <memory>

namespace app {

namespace {
constexpr const char* kFont = "DejaVu Sans";
constexpr double kPngScale = 150.0 / 72.0;  // points to pixels at 150 dpi

void setFont(cairo_t* cr, float size, bool bold) {
  cairo_select_font_face(cr, kFont, CAIRO_FONT_SLANT_NORMAL, bold ? CAIRO_FONT_WEIGHT_BOLD : CAIRO_FONT_WEIGHT_NORMAL);
  cairo_set_font_size(cr, size);
}

// Scales the picture into the box, keeping its shape, and marks the pins on it.
void drawPicture(cairo_t* cr, const PageBox& box, const HandoutPicture& pic) {
  if (pic.width <= 0 || pic.height <= 0) return;
  const int stride = cairo_format_stride_for_width(CAIRO_FORMAT_RGB24, pic.width);
  std::vector<unsigned char> data(static_cast<std::size_t>(stride) * static_cast<std::size_t>(pic.height));
  for (int y = 0; y < pic.height; ++y)
    for (int x = 0; x < pic.width; ++x) {
      const std::uint8_t* p = &pic.rgba[(static_cast<std::size_t>(y) * pic.width + x) * 4];
      auto* out = reinterpret_cast<std::uint32_t*>(&data[static_cast<std::size_t>(y) * stride]) + x;
      *out = (std::uint32_t{p[0]} << 16) | (std::uint32_t{p[1]} << 8) | p[2];  // cairo's native xRGB
    }
  cairo_surface_t* image =
      cairo_image_surface_create_for_data(data.data(), CAIRO_FORMAT_RGB24, pic.width, pic.height, stride);
  const double scale = std::min(box.width / pic.width, box.height / pic.height);
  cairo_save(cr);
  cairo_translate(cr, box.x, box.y);
  cairo_scale(cr, scale, scale);
  cairo_set_source_surface(cr, image, 0, 0);
  cairo_paint(cr);
  cairo_restore(cr);
  cairo_surface_destroy(image);  // the PDF surface has taken its own copy
  for (std::size_t i = 0; i < pic.pins.size(); ++i) {
    const double px = box.x + pic.pins[i].first * scale, py = box.y + pic.pins[i].second * scale;
    cairo_arc(cr, px, py, 7.0, 0.0, 6.2832);
    cairo_set_source_rgb(cr, 0.85, 0.2, 0.1);
    cairo_fill_preserve(cr);
    cairo_set_source_rgb(cr, 1, 1, 1);
    cairo_set_line_width(cr, 1.2);
    cairo_stroke(cr);
    setFont(cr, 8.5f, true);
    const std::string n = std::to_string(i + 1);
    cairo_text_extents_t e;
    cairo_text_extents(cr, n.c_str(), &e);
    cairo_move_to(cr, px - e.x_advance / 2.0, py + e.height / 2.0);
    cairo_show_text(cr, n.c_str());
  }
  cairo_set_source_rgb(cr, box.colour.r, box.colour.g, box.colour.b);
  cairo_set_line_width(cr, 0.6);
  cairo_rectangle(cr, box.x, box.y, box.width, box.height);
  cairo_stroke(cr);
}

void drawPage(cairo_t* cr, const HandoutPage& page, const HandoutPicture& normal, const HandoutPicture& patient) {
  cairo_set_source_rgb(cr, 1, 1, 1);
  cairo_paint(cr);
  for (const PageBox& b : page.boxes) {
    if (b.kind == BoxKind::NormalPicture || b.kind == BoxKind::CasePicture) {
      drawPicture(cr, b, b.kind == BoxKind::NormalPicture ? normal : patient);
      continue;
    }
    cairo_set_source_rgb(cr, b.colour.r, b.colour.g, b.colour.b);
    cairo_rectangle(cr, b.x, b.y, b.width, std::max(b.height, 0.5f));
    cairo_fill(cr);
  }
  for (const TextRun& t : page.texts) {
    setFont(cr, t.size, t.bold);
    cairo_set_source_rgb(cr, t.colour.r, t.colour.g, t.colour.b);
    cairo_move_to(cr, t.x, t.y);
    cairo_show_text(cr, t.text.c_str());
  }
}

bool endsWith(const std::string& s, const std::string& tail) {
  return s.size() >= tail.size() && s.compare(s.size() - tail.size(), tail.size(), tail) == 0;
}
}  // namespace

TextWidth cairoTextWidth() {
  // A scratch surface is enough to measure: the metrics do not depend on the target.
  auto surface = std::shared_ptr<cairo_surface_t>(cairo_image_surface_create(CAIRO_FORMAT_A8, 1, 1), cairo_surface_destroy);
  auto cr = std::shared_ptr<cairo_t>(cairo_create(surface.get()), cairo_destroy);
  return [surface, cr](const std::string& text, float size, bool bold) {
    setFont(cr.get(), size, bold);
    cairo_text_extents_t e;
    cairo_text_extents(cr.get(), text.c_str(), &e);
    return static_cast<float>(e.x_advance);
  };
}

bool writeHandout(const HandoutPage& page, const HandoutPicture& normal, const HandoutPicture& patient,
                  const std::string& path, std::string& error) {
  cairo_surface_t* surface = nullptr;
  const bool pdf = endsWith(path, ".pdf");
  if (pdf) {
    surface = cairo_pdf_surface_create(path.c_str(), page.width, page.height);
  } else {
    surface = cairo_image_surface_create(CAIRO_FORMAT_RGB24, static_cast<int>(page.width * kPngScale + 0.5),
                                         static_cast<int>(page.height * kPngScale + 0.5));
  }
  cairo_t* cr = cairo_create(surface);
  if (!pdf) cairo_scale(cr, kPngScale, kPngScale);
  drawPage(cr, page, normal, patient);
  cairo_show_page(cr);
  cairo_destroy(cr);
  cairo_status_t status = CAIRO_STATUS_SUCCESS;
  if (!pdf) status = cairo_surface_write_to_png(surface, path.c_str());
  cairo_surface_finish(surface);
  if (status == CAIRO_STATUS_SUCCESS) status = cairo_surface_status(surface);
  cairo_surface_destroy(surface);
  if (status != CAIRO_STATUS_SUCCESS) {
    error = path + ": could not write the handout (" + cairo_status_to_string(status) + ")";
    return false;
  }
  return true;
}

}  // namespace app
