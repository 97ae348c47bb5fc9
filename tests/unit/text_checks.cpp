#include "text_checks.h"

#include "io/lesson_file.h"

#include <algorithm>
#include <cctype>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <sstream>

namespace texttest {

namespace {

bool isDigit(char c) { return std::isdigit(static_cast<unsigned char>(c)) != 0; }

// What follows a number, spaces skipped.
std::string_view after(std::string_view text, std::size_t end) {
  while (end < text.size() && text[end] == ' ') ++end;
  return text.substr(end);
}

bool startsWith(std::string_view s, std::string_view prefix) { return s.substr(0, prefix.size()) == prefix; }

bool notAMeasurement(float value, std::string_view next, bool glued) {
  if (value >= 1900.0f) return true;           // a year in a citation
  if (glued && startsWith(next, "s")) return true;  // "30s"
  for (std::string_view unit : {"month", "week", "year", "day", "cm", "%"})
    if (startsWith(next, unit)) return true;
  return false;
}

std::vector<std::string> normalisedWords(std::string_view text) {
  std::vector<std::string> out;
  std::string w;
  for (char ch : text) {
    if (std::isalnum(static_cast<unsigned char>(ch))) {
      w += static_cast<char>(std::tolower(static_cast<unsigned char>(ch)));
    } else if (!w.empty()) {
      out.push_back(w);
      w.clear();
    }
  }
  if (!w.empty()) out.push_back(w);
  return out;
}

constexpr std::size_t kRun = 8;

std::vector<std::string> grams(std::string_view text) {
  const auto w = normalisedWords(text);
  std::vector<std::string> out;
  for (std::size_t i = 0; i + kRun <= w.size(); ++i) {
    std::string g;
    for (std::size_t k = 0; k < kRun; ++k) g += w[i + k] + ' ';
    out.push_back(g);
  }
  return out;
}

std::string sharedDocsDir() {
#ifdef AA_SHARED_DIR
  return AA_SHARED_DIR;
#else
  const std::string here = __FILE__;
  return here.substr(0, here.find_last_of('/')) + "/../../../shared";
#endif
}

}  // namespace

std::string lower(std::string_view s) {
  std::string out(s);
  std::transform(out.begin(), out.end(), out.begin(), [](unsigned char c) { return std::tolower(c); });
  return out;
}

bool contains(std::string_view text, std::string_view needle) {
  return lower(text).find(lower(needle)) != std::string::npos;
}

std::vector<std::string> sentences(std::string_view text) {
  std::vector<std::string> out;
  std::string current;
  for (std::size_t i = 0; i < text.size(); ++i) {
    current += text[i];
    const bool terminal = text[i] == '.' || text[i] == '!' || text[i] == '?';
    if (terminal && (i + 1 == text.size() || text[i + 1] == ' ' || text[i + 1] == '\n')) {
      if (current.find_first_not_of(" \n") != std::string::npos) out.push_back(current);
      current.clear();
    }
  }
  if (current.find_first_not_of(" \n") != std::string::npos) out.push_back(current);
  return out;
}

std::vector<std::string> words(std::string_view text) {
  std::vector<std::string> out;
  std::istringstream in{std::string(text)};
  std::string w;
  while (in >> w)
    if (std::any_of(w.begin(), w.end(), [](unsigned char c) { return std::isalnum(c); })) out.push_back(w);
  return out;
}

std::vector<float> measurementNumbers(std::string_view text) {
  struct Token {
    float value;
    std::size_t start, end;
    bool skip;
  };
  std::vector<Token> tokens;
  std::size_t i = 0;
  while (i < text.size()) {
    // A digit glued to a word ("FPI-6" aside) is part of a name.
    const bool inWord = i > 0 && std::isalpha(static_cast<unsigned char>(text[i - 1]));
    if (!isDigit(text[i]) || inWord) {
      ++i;
      continue;
    }
    std::size_t end = i;
    while (end < text.size() && (isDigit(text[end]) || (text[end] == '.' && end + 1 < text.size() && isDigit(text[end + 1]))))
      ++end;
    const float value = std::stof(std::string(text.substr(i, end - i)));
    const bool glued = end < text.size() && text[end] != ' ';
    tokens.push_back({value, i, end, notAMeasurement(value, after(text, end), glued)});
    i = end;
  }
  // In "3-6 months" or "10 to 20 deg" the first number takes the unit of the second.
  for (std::size_t k = tokens.size(); k-- > 1;) {
    const std::string_view between = text.substr(tokens[k - 1].end, tokens[k].start - tokens[k - 1].end);
    if (between == "-" || between == " to ") tokens[k - 1].skip = tokens[k - 1].skip || tokens[k].skip;
  }
  std::vector<float> out;
  for (const Token& t : tokens)
    if (!t.skip) out.push_back(t.value);
  return out;
}

std::vector<const anatomy::Card*> allCards() {
  std::vector<const anatomy::Card*> out;
  for (const anatomy::Card& c : anatomy::structureCards()) out.push_back(&c);
  for (const anatomy::Card& c : anatomy::conditionCards()) out.push_back(&c);
  return out;
}

std::vector<std::string> shownTexts(const anatomy::Card& card) {
  std::vector<std::string> out;
  for (anatomy::CardLevel level : {anatomy::CardLevel::Student, anatomy::CardLevel::Patient}) {
    const anatomy::CardContent content = anatomy::cardContent(card, level);
    out.emplace_back(content.text);
    for (const std::string& f : content.facts) out.push_back(f);
    for (const anatomy::SafetyNote* note : content.notes) {
      out.emplace_back(note->heading);
      for (std::string_view line : note->lines) out.emplace_back(line);
    }
  }
  return out;
}

std::vector<LessonFile> shippedLessons() {
  namespace fs = std::filesystem;
  std::vector<fs::path> paths;
  for (const auto& entry : fs::directory_iterator(fs::path(AA_SOURCE_DIR) / "models/lessons"))
    if (entry.path().extension() == io::kLessonExtension) paths.push_back(entry.path());
  std::sort(paths.begin(), paths.end());
  std::vector<LessonFile> out;
  for (const fs::path& p : paths) out.push_back({p.filename().string(), io::readLessonFile(p.string())});
  return out;
}

const BriefGrams& briefGrams() {
  static const BriefGrams cached = [] {
    BriefGrams b;
    std::string briefs;
    for (const char* name : {"/CONTENT.md", "/REFERENCE.md"}) {
      std::ifstream in(sharedDocsDir() + name);
      if (!in) return b;
      briefs += std::string(std::istreambuf_iterator<char>(in), {}) + "\n";
    }
    b.found = true;
    b.grams = grams(briefs);
    std::sort(b.grams.begin(), b.grams.end());
    return b;
  }();
  return cached;
}

std::string copiedRun(std::string_view text) {
  const BriefGrams& b = briefGrams();
  for (const std::string& g : grams(text))
    if (std::binary_search(b.grams.begin(), b.grams.end(), g)) return g;
  return "";
}

}  // namespace texttest
