// The lessons shipped in models/lessons: each parses, has 6-12 steps that set their own view,
// names only structures of the built-in model, shows a structure only when the step's
// conditions make it exist, and every student lesson has a patient twin. The six teaching
// topics are all there, each showing the scene its text is about.
#include "io/lesson_file.h"
#include "io/model_loader.h"
#include "model_fixture.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <filesystem>
#include <map>

namespace {

namespace fs = std::filesystem;
using anatomy::ConditionId;

struct Shipped {
  std::string name;  // base name, "calcific_spur"
  anatomy::Lesson lesson;
};

const std::vector<Shipped>& shippedLessons() {
  static const std::vector<Shipped> lessons = [] {
    std::vector<fs::path> paths;
    for (const auto& entry : fs::directory_iterator(fs::path(AA_SOURCE_DIR) / "models/lessons"))
      if (entry.path().extension() == io::kLessonExtension) paths.push_back(entry.path());
    std::sort(paths.begin(), paths.end());
    std::vector<Shipped> out;
    for (const fs::path& path : paths) {
      try {
        out.push_back({path.stem().string(), io::readLessonFile(path.string())});
      } catch (const io::LoadError& e) {
        ADD_FAILURE() << e.what();
      }
    }
    return out;
  }();
  return lessons;
}

const Shipped* findLesson(const std::string& name) {
  for (const Shipped& s : shippedLessons())
    if (s.name == name) return &s;
  return nullptr;
}

void expectInModel(const std::vector<std::string>& ids, const std::string& where) {
  for (const std::string& id : ids)
    EXPECT_GE(modeltest::model().indexOf(id), 0) << where << ": no structure '" << id << "'";
}

bool names(const anatomy::LessonStep& s, const std::string& id) {
  for (const auto* list : {&s.highlighted, &s.labelled, &s.faded})
    if (std::find(list->begin(), list->end(), id) != list->end()) return true;
  return false;
}

bool hasOverlay(const anatomy::LessonStep& s, anatomy::OverlayKind k) {
  return std::find(s.overlays.begin(), s.overlays.end(), k) != s.overlays.end();
}

// The six teaching topics of the lesson player, as student lessons.
const char* const kTopics[] = {"heel_anatomy",     "calcific_spur",           "haglund_bursitis",
                               "knee_to_heel",     "rupture_vs_tendinopathy", "treatment_self_care"};

}  // namespace

TEST(ShippedLessons, ParseAndNameOnlyStructuresOfTheBuiltInModel) {
  ASSERT_FALSE(shippedLessons().empty()) << "models/lessons holds no " << io::kLessonExtension << " file";
  for (const Shipped& l : shippedLessons()) {
    EXPECT_GE(l.lesson.steps.size(), 6u) << l.name;
    EXPECT_LE(l.lesson.steps.size(), 12u) << l.name;
    EXPECT_NE(l.lesson.audience, anatomy::Audience::Any) << l.name << ": say whom it is for";
    EXPECT_FALSE(l.lesson.summary.empty()) << l.name << ": the Lessons menu shows the summary";
    for (std::size_t i = 0; i < l.lesson.steps.size(); ++i) {
      const anatomy::LessonStep& s = l.lesson.steps[i];
      const std::string where = l.name + " step " + std::to_string(i + 1);
      for (const auto* list : {&s.highlighted, &s.hidden, &s.isolated, &s.faded, &s.labelled, &s.focus})
        expectInModel(*list, where);
      EXPECT_FALSE(s.text.empty()) << where << " has no text";
      EXPECT_TRUE(s.view.has_value()) << where << ": a presenter should not depend on where the camera was";
    }
  }
}

// The spur and the deposits exist only when their condition is on: a step that points at
// them must show them.
TEST(ShippedLessons, ConditionalStructuresAreNamedOnlyWhenShown) {
  const std::map<std::string, ConditionId> conditional = {
      {"calcific_spur", ConditionId::CalcificSpur}, {"tendon_calcific_deposits", ConditionId::TendonCalcification}};
  for (const Shipped& l : shippedLessons())
    for (std::size_t i = 0; i < l.lesson.steps.size(); ++i)
      for (const auto& [id, condition] : conditional)
        if (names(l.lesson.steps[i], id)) {
          EXPECT_GT(l.lesson.steps[i].conditions()[condition], 0.0f)
              << l.name << " step " << i + 1 << " points at " << id << " but does not show it";
        }
}

TEST(ShippedLessons, EveryStudentLessonHasAPatientTwin) {
  std::size_t students = 0;
  for (const Shipped& l : shippedLessons()) {
    const bool isTwin = l.name.size() > 8 && l.name.compare(l.name.size() - 8, 8, "_patient") == 0;
    if (isTwin) {
      EXPECT_EQ(l.lesson.audience, anatomy::Audience::Patient) << l.name;
      const Shipped* student = findLesson(l.name.substr(0, l.name.size() - 8));
      EXPECT_NE(student, nullptr) << l.name << " is a twin of no student lesson";
      continue;
    }
    EXPECT_EQ(l.lesson.audience, anatomy::Audience::Student) << l.name << ": name patient lessons NAME_patient";
    ++students;
    const Shipped* twin = findLesson(l.name + "_patient");
    ASSERT_NE(twin, nullptr) << l.name << " has no " << l.name << "_patient" << io::kLessonExtension;
    EXPECT_EQ(twin->lesson.audience, anatomy::Audience::Patient) << twin->name;
  }
  EXPECT_GE(students, std::size(kTopics));
}

TEST(ShippedLessons, TheSixTopicsShowWhatTheyTeach) {
  for (const char* topic : kTopics) EXPECT_NE(findLesson(topic), nullptr) << "missing lesson " << topic;
  const auto any = [](const Shipped* l, auto predicate) {
    return l && std::any_of(l->lesson.steps.begin(), l->lesson.steps.end(), predicate);
  };
  EXPECT_TRUE(any(findLesson("calcific_spur"), [](const anatomy::LessonStep& s) {
    return s.conditions()[ConditionId::CalcificSpur] > 0.5f && names(s, "calcific_spur");
  }));
  EXPECT_TRUE(any(findLesson("haglund_bursitis"), [](const anatomy::LessonStep& s) {
    return s.conditions()[ConditionId::Haglund] > 0.5f && hasOverlay(s, anatomy::OverlayKind::Lateral);
  }));
  EXPECT_TRUE(any(findLesson("haglund_bursitis"), [](const anatomy::LessonStep& s) {
    return s.conditions()[ConditionId::RetrocalcanealBursitis] > 0.5f;
  }));
  EXPECT_TRUE(any(findLesson("rupture_vs_tendinopathy"),
                  [](const anatomy::LessonStep& s) { return s.conditions()[ConditionId::AchillesRupture] > 0.5f; }));
  const Shipped* chain = findLesson("knee_to_heel");
  for (anatomy::OverlayKind k : anatomy::kAllOverlays)
    EXPECT_TRUE(any(chain, [k](const anatomy::LessonStep& s) { return hasOverlay(s, k); }))
        << "knee_to_heel lacks the " << anatomy::overlayId(k) << " overlay";
  // The line of pull is drawn by the posterior overlay; it must be shown on a pronated heel.
  EXPECT_TRUE(any(chain, [](const anatomy::LessonStep& s) {
    return hasOverlay(s, anatomy::OverlayKind::Posterior) && s.conditions()[ConditionId::HindfootPronation] > 0.5f;
  }));
  for (ConditionId c : {ConditionId::GenuValgum, ConditionId::FlatFoot, ConditionId::HindfootPronation})
    EXPECT_TRUE(any(chain, [c](const anatomy::LessonStep& s) { return s.conditions()[c] > 0.5f; }))
        << "knee_to_heel never shows " << anatomy::conditionInfo(c).key;
}

// Zooming into a standard view closes in on the middle of the whole model, the ankle, and
// loses the heel off the edge: a close-up names what it frames.
TEST(ShippedLessons, CloseUpsNameWhatTheyFrame) {
  for (const Shipped& l : shippedLessons())
    for (std::size_t i = 0; i < l.lesson.steps.size(); ++i) {
      const anatomy::LessonStep& s = l.lesson.steps[i];
      if (s.orbit && s.orbit->zoom > 1.2f) {
        EXPECT_FALSE(s.focus.empty()) << l.name << " step " << i + 1 << " zooms in without a focus";
      }
    }
}

TEST(ShippedLessons, LessonsUseTheModesAndLabels) {
  bool xray = false, section = false;
  for (const Shipped& l : shippedLessons()) {
    std::size_t labelled = 0;
    for (const anatomy::LessonStep& s : l.lesson.steps) {
      xray |= s.mode == anatomy::ViewMode::XRay;
      section |= s.mode == anatomy::ViewMode::Section;
      labelled += s.labelled.empty() ? 0 : 1;
    }
    EXPECT_GE(labelled * 2, l.lesson.steps.size()) << l.name << ": label the structures in most steps";
  }
  EXPECT_TRUE(xray);
  EXPECT_TRUE(section);
}

TEST(ShippedLessons, AchillesInsertionLessonTeachesTheHeel) {
  const Shipped* l = findLesson("achilles_insertion");
  ASSERT_NE(l, nullptr);
  bool showsSpur = false, showsAlignment = false;
  for (const anatomy::LessonStep& s : l->lesson.steps) {
    showsSpur |= s.conditions()[ConditionId::CalcificSpur] > 0.5f;
    showsAlignment |= !s.overlays.empty();
  }
  EXPECT_TRUE(showsSpur);
  EXPECT_TRUE(showsAlignment);
}
