// The cached-layer policy (when the panels' image is filled, reused or bypassed) and the
// merging of the rectangles it is composited over. No OpenGL needed.
#include "render/layer_cache.h"

#include <gtest/gtest.h>

using render::LayerCachePolicy;
using render::LayerRect;
using Action = LayerCachePolicy::Action;

TEST(LayerCachePolicy, StillFramesAlwaysDrawDirectly) {
  LayerCachePolicy p;
  for (int i = 0; i < 5; ++i) EXPECT_EQ(p.next(42, false), Action::Direct);
}

TEST(LayerCachePolicy, MovingFillsOnceTheContentHasStayedTheSameThenReuses) {
  LayerCachePolicy p;
  EXPECT_EQ(p.next(7, true), Action::Direct);  // first sight: may change next frame
  EXPECT_EQ(p.next(7, true), Action::Fill);
  EXPECT_EQ(p.next(7, true), Action::Reuse);
  EXPECT_EQ(p.next(7, true), Action::Reuse);
}

TEST(LayerCachePolicy, ContentThatChangesEveryFrameIsNeverCached) {
  LayerCachePolicy p;  // a dragged slider: filling would cost more than drawing
  for (std::uint64_t h = 1; h < 20; ++h) EXPECT_EQ(p.next(h, true), Action::Direct);
}

TEST(LayerCachePolicy, AChangeStopsReuseUntilStableAgain) {
  LayerCachePolicy p;
  p.next(1, true);
  p.next(1, true);
  EXPECT_EQ(p.next(2, true), Action::Direct);
  EXPECT_EQ(p.next(2, true), Action::Fill);
  EXPECT_EQ(p.next(1, true), Action::Direct);  // the old image is gone
}

TEST(LayerCachePolicy, InvalidateForcesARefill) {
  LayerCachePolicy p;
  p.next(3, true);
  p.next(3, true);
  p.invalidate();  // e.g. new glyphs in a font texture with the same name
  EXPECT_EQ(p.next(3, true), Action::Fill);
}

TEST(LayerCachePolicy, AStillFrameBetweenMovesKeepsTheImage) {
  LayerCachePolicy p;
  p.next(5, true);
  p.next(5, true);
  EXPECT_EQ(p.next(5, false), Action::Direct);
  EXPECT_EQ(p.next(5, true), Action::Reuse);
}

TEST(MergeOverlapping, DisjointRectanglesStayAsTheyAre) {
  const auto out = render::mergeOverlapping({{0, 0, 10, 10}, {20, 0, 30, 10}});
  EXPECT_EQ(out.size(), 2u);
}

TEST(MergeOverlapping, OverlappingRectanglesBecomeTheirBoundingBox) {
  const auto out = render::mergeOverlapping({{0, 0, 10, 10}, {5, 5, 15, 15}});
  ASSERT_EQ(out.size(), 1u);
  EXPECT_EQ(out[0].x0, 0);
  EXPECT_EQ(out[0].y0, 0);
  EXPECT_EQ(out[0].x1, 15);
  EXPECT_EQ(out[0].y1, 15);
}

TEST(MergeOverlapping, MergesChainsAndDropsEmptyRectangles) {
  // A merge can create a new overlap with a rectangle already passed over.
  const auto out = render::mergeOverlapping({{0, 0, 4, 4}, {10, 0, 14, 4}, {3, 3, 11, 5}, {7, 7, 7, 9}});
  ASSERT_EQ(out.size(), 1u);
  EXPECT_EQ(out[0].x0, 0);
  EXPECT_EQ(out[0].x1, 14);
  EXPECT_EQ(out[0].y1, 5);
}

TEST(MergeOverlapping, NoTwoResultsOverlap) {
  std::vector<LayerRect> rects;
  for (int i = 0; i < 12; ++i) rects.push_back({i * 7, (i * 13) % 40, i * 7 + 12, (i * 13) % 40 + 9});
  const auto out = render::mergeOverlapping(rects);
  for (std::size_t i = 0; i < out.size(); ++i)
    for (std::size_t j = i + 1; j < out.size(); ++j)
      EXPECT_FALSE(out[i].x0 < out[j].x1 && out[j].x0 < out[i].x1 && out[i].y0 < out[j].y1 && out[j].y0 < out[i].y1);
}
