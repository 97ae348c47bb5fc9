// What the handout says and where it goes. The page is laid out top to bottom; when it
// runs past the bottom the text is made a little smaller and laid out again, so one page
// always holds the pictures and every section.
#include "app/handout_layout.h"

#include "anatomy/plain_words.h"

#include "anatomy/cards.h"
#include "anatomy/palette.h"

#include <algorithm>
#include <cmath>
#include <sstream>

namespace app {

namespace {
constexpr float kMargin = 40.0f;
constexpr float kGap = 14.0f;
constexpr Rgb kInk{0.1f, 0.1f, 0.12f}, kGrey{0.4f, 0.4f, 0.45f}, kAccent{0.12f, 0.3f, 0.5f};
constexpr Rgb kRule{0.75f, 0.78f, 0.82f};

// The screen's verdict hue (anatomy/palette), darkened so it reads as ink on white paper.
Rgb verdictColour(anatomy::Verdict v) {
  if (v == anatomy::Verdict::Unknown) return kInk;
  constexpr float kInkShade = 0.55f;
  const glm::vec3 c = anatomy::verdictColor(v) * kInkShade;
  return {c.r, c.g, c.b};
}

std::vector<HandoutMeasure> plainMeasures(const std::vector<anatomy::Measurement>& measured) {
  std::vector<HandoutMeasure> out;
  for (const anatomy::Measurement& m : measured) {
    const anatomy::MeasurementRange* range = anatomy::findRange(m.key);
    if (!range || range->normalText.empty() || !std::isfinite(m.value)) continue;
    HandoutMeasure h;
    const std::string_view plain = anatomy::plainName(m.key);  // everyday words where there are some
    h.name = plain.empty() ? std::string(range->label) : std::string(plain);
    h.value = anatomy::formatValue(*range, m.value);
    const std::string normalText(range->normalText);
    h.normal = normalText == "none" ? "normally none" : "normal " + normalText;
    const float lo = anatomy::normalLow(*range), hi = anatomy::normalHigh(*range);
    h.words = anatomy::plainComparison(*range, m.value);
    if (h.words.empty()) h.words = m.value < lo ? "lower than normal" : m.value > hi ? "higher than normal" : "normal";
    h.verdict = anatomy::verdict(*range, m.value);
    out.push_back(h);
  }
  return out;
}

// The patient lines of the safety notes the case's conditions carry.
std::vector<std::string> noteLines(unsigned flags, unsigned wanted) {
  std::vector<std::string> out;
  for (unsigned flag : anatomy::notes::kAll) {
    if (!(flags & flag & wanted)) continue;
    for (std::string_view line : anatomy::safetyNote(flag, anatomy::CardLevel::Patient).lines) out.emplace_back(line);
  }
  return out;
}
}  // namespace

HandoutContent handoutContent(const anatomy::CaseRecord& record, const std::vector<anatomy::Measurement>& measured,
                              const std::string& date) {
  HandoutContent c;
  c.patientLabel = record.title;
  c.date = date;
  if (record.side == anatomy::Side::Left) c.caseCaption = "Your heel (left foot)";
  for (const anatomy::CasePin& p : record.pins) {
    const anatomy::Card* card = p.text.empty() ? anatomy::findStructureCard(p.structure) : nullptr;
    c.pins.push_back(!p.text.empty() ? p.text : card ? std::string(card->title) : p.structure);
  }
  c.measures = plainMeasures(measured);
  HandoutSection happening{"What is happening in your heel", {}, false};
  // The red flags always: a normal heel's page says when to come back too. The advice is the
  // cards' own (a rupture's card does not send the patient to exercise, for one).
  unsigned flags = anatomy::notes::kRedFlags;
  for (const anatomy::ConditionInfo& info : anatomy::conditionInfos()) {
    if (record.conditions[info.id] <= 0.0f) continue;
    const anatomy::Card* card = anatomy::findConditionCard(info.key);
    if (!card) continue;
    happening.paragraphs.push_back(std::string(anatomy::cardText(*card, anatomy::CardLevel::Patient)));
    flags |= card->safety;
  }
  if (happening.paragraphs.empty())
    happening.paragraphs.push_back("The model shows nothing out of the ordinary: the bones, the tendon and the small "
                                   "cushions of fluid (bursae) have their usual shape.");
  c.sections.push_back(happening);
  c.sections.push_back({"What you can do", noteLines(flags, anatomy::notes::kExercisePlan | anatomy::notes::kMedicines), true});
  c.sections.push_back({"When to see a doctor", noteLines(flags, anatomy::notes::kRedFlags | anatomy::notes::kSuddenPain), true});
  if (!record.notes.empty()) {
    HandoutSection notes{"Notes from your clinician", {}, false};
    std::istringstream in(record.notes);
    for (std::string line; std::getline(in, line);)
      if (!line.empty()) notes.paragraphs.push_back(line);
    c.sections.push_back(notes);
  }
  c.footer = "Made with Ankle Atlas. The pictures are a model, not your own scan; this page explains, it does not "
             "replace your clinician's advice.";
  return c;
}

std::vector<std::string> wrapText(const std::string& text, float maxWidth, float size, bool bold,
                                  const TextWidth& width) {
  std::vector<std::string> lines;
  std::istringstream in(text);
  std::string word, line;
  while (in >> word) {
    const std::string candidate = line.empty() ? word : line + " " + word;
    if (!line.empty() && width(candidate, size, bold) > maxWidth) {
      lines.push_back(line);
      line = word;
    } else {
      line = candidate;
    }
  }
  if (!line.empty()) lines.push_back(line);
  return lines;
}

namespace {
// Lays the page out with every text size multiplied by scale; y is where it ended.
class Layout {
 public:
  Layout(const TextWidth& width, float scale) : width_(width), s_(scale) { y_ = kMargin; }

  void text(float x, const std::string& t, float size, bool bold, Rgb colour) {
    page_.texts.push_back({x, y_, t, size * s_, bold, colour});
  }
  void advance(float points) { y_ += points * s_; }
  void rawAdvance(float points) { y_ += points; }
  void paragraph(float x, const std::string& t, float size, bool bold, Rgb colour, const std::string& lead = {}) {
    const float leadWidth = lead.empty() ? 0.0f : width_(lead, size * s_, bold);
    bool first = true;
    for (const std::string& line : wrapText(t, kA4WidthPt - kMargin - x - leadWidth, size * s_, bold, width_)) {
      advance(size * 1.3f);
      if (first && !lead.empty()) page_.texts.push_back({x, y_, lead, size * s_, bold, colour});
      page_.texts.push_back({x + leadWidth, y_, line, size * s_, bold, colour});
      first = false;
    }
  }
  void box(BoxKind kind, float x, float w, float h, Rgb colour) { page_.boxes.push_back({kind, x, y_, w, h, colour}); }
  float y() const { return y_; }
  float width(const std::string& t, float size, bool bold) const { return width_(t, size * s_, bold); }
  HandoutPage& page() { return page_; }

 private:
  const TextWidth& width_;
  float s_;
  float y_;
  HandoutPage page_;
};

void pictures(Layout& l, const HandoutContent& c) {
  const float w = (kA4WidthPt - 2 * kMargin - kGap) / 2.0f, h = w / kHandoutPictureAspect;
  l.advance(12.0f);
  l.text(kMargin, c.normalCaption, 12.0f, true, kAccent);
  l.text(kMargin + w + kGap, c.caseCaption, 12.0f, true, kAccent);
  l.rawAdvance(6.0f);
  l.box(BoxKind::NormalPicture, kMargin, w, h, kRule);
  l.box(BoxKind::CasePicture, kMargin + w + kGap, w, h, kRule);
  l.rawAdvance(h);
  for (std::size_t i = 0; i < c.pins.size(); ++i)
    l.paragraph(kMargin + w + kGap, c.pins[i], 9.0f, false, kInk, std::to_string(i + 1) + "  ");
}

void measures(Layout& l, const HandoutContent& c) {
  if (c.measures.empty()) return;
  l.advance(kGap + 14.0f);
  l.text(kMargin, "Your measurements", 14.0f, true, kAccent);
  l.advance(4.0f);
  const float value = kMargin + 200.0f, normal = value + 70.0f, words = normal + 95.0f;
  for (const HandoutMeasure& m : c.measures) {
    l.advance(9.5f * 1.35f);
    l.text(kMargin, m.name, 9.5f, false, kInk);
    l.text(value, m.value, 9.5f, true, kInk);
    l.text(normal, m.normal, 9.5f, false, kGrey);
    l.text(words, m.words, 9.5f, true, verdictColour(m.verdict));
  }
}

void section(Layout& l, const HandoutSection& s) {
  if (s.paragraphs.empty()) return;
  l.advance(kGap + 14.0f);
  l.text(kMargin, s.heading, 14.0f, true, kAccent);
  l.advance(2.0f);
  for (const std::string& p : s.paragraphs) {
    l.paragraph(kMargin + (s.bullets ? 4.0f : 0.0f), p, 10.0f, false, kInk, s.bullets ? "\u2022  " : "");
    if (!s.bullets) l.advance(3.0f);
  }
}

HandoutPage layoutAt(const HandoutContent& c, const TextWidth& width, float scale) {
  Layout l(width, scale);
  l.advance(22.0f);
  l.text(kMargin, c.title, 22.0f, true, kInk);
  const float dateWidth = l.width(c.date, 11.0f, false);
  l.text(kA4WidthPt - kMargin - dateWidth, c.date, 11.0f, false, kGrey);
  if (!c.patientLabel.empty()) l.paragraph(kMargin, c.patientLabel, 12.0f, false, kInk);
  l.advance(8.0f);
  l.box(BoxKind::Rule, kMargin, kA4WidthPt - 2 * kMargin, 0.8f, kRule);
  pictures(l, c);
  measures(l, c);
  for (const HandoutSection& s : c.sections) section(l, s);
  l.advance(kGap);
  l.box(BoxKind::Rule, kMargin, kA4WidthPt - 2 * kMargin, 0.5f, kRule);
  l.paragraph(kMargin, c.footer, 8.0f, false, kGrey);
  HandoutPage page = std::move(l.page());
  page.textScale = scale;
  page.fits = l.y() <= kA4HeightPt - kMargin * 0.6f;
  return page;
}
}  // namespace

HandoutPage layoutHandout(const HandoutContent& content, const TextWidth& width) {
  HandoutPage page;
  for (float scale = 1.0f; scale >= 0.6f; scale -= 0.05f) {
    page = layoutAt(content, width, scale);
    if (page.fits) return page;
  }
  // Still too long (very long notes): keep what is on the page, drop what ran off it.
  page.texts.erase(std::remove_if(page.texts.begin(), page.texts.end(),
                                  [&](const TextRun& t) { return t.y > page.height - kMargin * 0.6f; }),
                   page.texts.end());
  return page;
}

}  // namespace app
