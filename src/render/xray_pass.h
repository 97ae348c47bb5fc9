// The X-ray mode's pass: every shown structure's density-weighted thickness along each
// ray is summed into a float buffer the size of the view, then turned into film
// brightness over the view (render/xray_pass.cpp; shaders xray.frag, xray_film.frag).
#pragma once

#include "render/frame.h"
#include "render/gpu_mesh.h"
#include "render/shader_program.h"

#include <string>
#include <vector>

namespace render {

// A rectangle of the bound target in pixels (what glViewport takes).
struct PixelRect {
  int x = 0, y = 0, width = 1, height = 1;
};

class XRayPass {
 public:
  XRayPass() = default;
  ~XRayPass();
  XRayPass(const XRayPass&) = delete;
  XRayPass& operator=(const XRayPass&) = delete;

  bool init(std::string& error);
  // Draws the film into view (a part of the bound framebuffer, which stays bound).
  void draw(const FrameDesc& frame, const std::vector<GpuMesh>& meshes, GpuMesh::Detail detail,
            const PixelRect& view);

 private:
  bool ensureBuffer(int width, int height);
  void accumulate(const FrameDesc& frame, const std::vector<GpuMesh>& meshes, GpuMesh::Detail detail);
  void release();

  ShaderProgram pathProgram_, filmProgram_;
  unsigned int fbo_ = 0, texture_ = 0, emptyVao_ = 0;
  int width_ = 0, height_ = 0;
};

}  // namespace render
