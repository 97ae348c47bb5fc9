#include "ui/imgui_setup.h"

#include <epoxy/gl.h>
#define GLFW_INCLUDE_NONE
#include <GLFW/glfw3.h>
#include <imgui.h>
#include <backends/imgui_impl_glfw.h>
#include <backends/imgui_impl_opengl3.h>

#include "render/layer_cache.h"

#include <algorithm>
#include <cmath>
#include <cstring>
#include <filesystem>
#include <memory>
#include <string>
#include <vector>

namespace ui {

namespace {
Fonts gFonts;
// The panels' cached image (render/layer_cache.h); absent if its shader did not build.
std::unique_ptr<render::LayerCache> gPanelCache;
render::LayerCachePolicy gPanelPolicy;
constexpr const char* kFontRegular = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf";
constexpr const char* kFontBold = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf";

void applyStyle(float scale) {
  ImGuiStyle style;
  ImGui::StyleColorsDark(&style);
  style.WindowRounding = 8.0f;
  style.FrameRounding = 5.0f;
  style.GrabRounding = 5.0f;
  style.PopupRounding = 6.0f;
  style.WindowBorderSize = 0.0f;
  style.FramePadding = ImVec2(8.0f, 5.0f);
  style.ItemSpacing = ImVec2(8.0f, 6.0f);
  style.WindowPadding = ImVec2(14.0f, 12.0f);
  ImVec4* c = style.Colors;
  c[ImGuiCol_WindowBg] = ImVec4(0.09f, 0.10f, 0.13f, 0.92f);
  c[ImGuiCol_PopupBg] = ImVec4(0.11f, 0.12f, 0.16f, 0.97f);
  c[ImGuiCol_Header] = ImVec4(0.25f, 0.36f, 0.52f, 0.55f);
  c[ImGuiCol_HeaderHovered] = ImVec4(0.30f, 0.45f, 0.65f, 0.80f);
  c[ImGuiCol_HeaderActive] = ImVec4(0.35f, 0.52f, 0.75f, 1.00f);
  c[ImGuiCol_Button] = ImVec4(0.22f, 0.30f, 0.42f, 0.85f);
  c[ImGuiCol_ButtonHovered] = ImVec4(0.30f, 0.45f, 0.65f, 1.00f);
  c[ImGuiCol_CheckMark] = ImVec4(1.00f, 0.76f, 0.30f, 1.00f);
  c[ImGuiCol_SliderGrab] = ImVec4(1.00f, 0.76f, 0.30f, 0.90f);
  c[ImGuiCol_TitleBgActive] = ImVec4(0.16f, 0.22f, 0.32f, 1.00f);
  style.ScaleAllSizes(scale);
  ImGui::GetStyle() = style;
}
}  // namespace

bool initImGui(GLFWwindow* window, bool installCallbacks, float scale) {
  IMGUI_CHECKVERSION();
  ImGui::CreateContext();
  ImGuiIO& io = ImGui::GetIO();
  io.IniFilename = nullptr;  // layout is fixed; nothing written to the working directory
  rebuildFonts(scale);
  if (!ImGui_ImplGlfw_InitForOpenGL(window, installCallbacks)) return false;
  if (!ImGui_ImplOpenGL3_Init("#version 330 core")) return false;
  gPanelCache = std::make_unique<render::LayerCache>();
  std::string error;
  if (!gPanelCache->init(error)) gPanelCache.reset();  // panels are then always drawn directly
  return true;
}

void rebuildFonts(float scale) {
  ImGuiIO& io = ImGui::GetIO();
  io.Fonts->Clear();
  std::error_code ec;
  if (std::filesystem::exists(kFontRegular, ec)) {
    gFonts.body = io.Fonts->AddFontFromFileTTF(kFontRegular, 18.0f * scale);
    gFonts.heading = std::filesystem::exists(kFontBold, ec) ? io.Fonts->AddFontFromFileTTF(kFontBold, 24.0f * scale)
                                                           : gFonts.body;
    gFonts.overlay = std::filesystem::exists(kFontBold, ec) ? io.Fonts->AddFontFromFileTTF(kFontBold, 30.0f * scale)
                                                           : gFonts.heading;
    gFonts.label = std::filesystem::exists(kFontBold, ec) ? io.Fonts->AddFontFromFileTTF(kFontBold, 26.0f * scale)
                                                         : gFonts.heading;
  }
  if (!gFonts.body) {
    ImFontConfig config;
    config.SizePixels = 13.0f * scale;
    gFonts.body = gFonts.heading = gFonts.overlay = gFonts.label = io.Fonts->AddFontDefault(&config);
  }
  applyStyle(scale);
  gPanelPolicy.invalidate();  // the font texture may keep its name with new glyphs
  if (ImGui::GetCurrentContext() && io.BackendRendererUserData) {
    ImGui_ImplOpenGL3_DestroyFontsTexture();
    ImGui_ImplOpenGL3_CreateFontsTexture();
  }
}

const Fonts& fonts() { return gFonts; }

void shutdownImGui() {
  gPanelCache.reset();
  gPanelPolicy.invalidate();
  ImGui_ImplOpenGL3_Shutdown();
  ImGui_ImplGlfw_Shutdown();
  ImGui::DestroyContext();
}

void beginFrame(int width, int height) {
  ImGui_ImplOpenGL3_NewFrame();
  ImGui_ImplGlfw_NewFrame();
  if (width > 0 && height > 0) {
    ImGuiIO& io = ImGui::GetIO();
    io.DisplaySize = ImVec2(static_cast<float>(width), static_cast<float>(height));
    io.DisplayFramebufferScale = ImVec2(1.0f, 1.0f);
  }
  ImGui::NewFrame();
}

namespace {
// FNV-1a over 64-bit words (and the tail): the panels' vertices, indices and commands
// are a few hundred kB, hashed in well under a millisecond.
std::uint64_t hashBytes(std::uint64_t h, const void* data, std::size_t size) {
  const auto* p = static_cast<const unsigned char*>(data);
  std::size_t i = 0;
  for (; i + 8 <= size; i += 8) {
    std::uint64_t word;
    std::memcpy(&word, p + i, 8);
    h = (h ^ word) * 0x100000001B3ull;
  }
  for (; i < size; ++i) h = (h ^ p[i]) * 0x100000001B3ull;
  return h;
}

std::uint64_t hashLists(const std::vector<ImDrawList*>& lists, const ImDrawData& data) {
  std::uint64_t h = 0xCBF29CE484222325ull;
  h = hashBytes(h, &data.DisplaySize, sizeof data.DisplaySize);
  for (const ImDrawList* list : lists) {
    h = hashBytes(h, list->VtxBuffer.Data, static_cast<std::size_t>(list->VtxBuffer.Size) * sizeof(ImDrawVert));
    h = hashBytes(h, list->IdxBuffer.Data, static_cast<std::size_t>(list->IdxBuffer.Size) * sizeof(ImDrawIdx));
    for (const ImDrawCmd& cmd : list->CmdBuffer) {
      const std::uintptr_t texture = reinterpret_cast<std::uintptr_t>(cmd.TextureId);
      const unsigned fields[] = {cmd.VtxOffset, cmd.IdxOffset, cmd.ElemCount, cmd.UserCallback != nullptr};
      h = hashBytes(h, &cmd.ClipRect, sizeof cmd.ClipRect);
      h = hashBytes(h, &texture, sizeof texture);
      h = hashBytes(h, fields, sizeof fields);
    }
  }
  return h;
}

// Where each list draws, in framebuffer pixels (bottom-left origin), a pixel wider for
// anti-aliased fringes.
std::vector<render::LayerRect> coveredRects(const std::vector<ImDrawList*>& lists, const ImDrawData& data) {
  std::vector<render::LayerRect> rects;
  const float height = data.DisplaySize.y;
  for (const ImDrawList* list : lists) {
    if (list->VtxBuffer.Size == 0) continue;
    ImVec2 lo(1e30f, 1e30f), hi(-1e30f, -1e30f);
    for (const ImDrawVert& v : list->VtxBuffer) {
      lo = ImVec2(std::min(lo.x, v.pos.x), std::min(lo.y, v.pos.y));
      hi = ImVec2(std::max(hi.x, v.pos.x), std::max(hi.y, v.pos.y));
    }
    lo = ImVec2(lo.x - data.DisplayPos.x, lo.y - data.DisplayPos.y);
    hi = ImVec2(hi.x - data.DisplayPos.x, hi.y - data.DisplayPos.y);
    rects.push_back({static_cast<int>(std::floor(lo.x)) - 1, static_cast<int>(std::floor(height - hi.y)) - 1,
                     static_cast<int>(std::ceil(hi.x)) + 1, static_cast<int>(std::ceil(height - lo.y)) + 1});
  }
  return render::mergeOverlapping(std::move(rects));
}

ImDrawData subset(const ImDrawData& data, std::vector<ImDrawList*>& lists) {
  ImDrawData out = data;
  out.CmdLists = lists.data();
  out.CmdListsCount = static_cast<int>(lists.size());
  out.TotalVtxCount = out.TotalIdxCount = 0;
  for (const ImDrawList* l : lists) {
    out.TotalVtxCount += l->VtxBuffer.Size;
    out.TotalIdxCount += l->IdxBuffer.Size;
  }
  return out;
}
}  // namespace

void endFrameAndRender(bool moving) {
  ImGui::Render();
  ImDrawData* data = ImGui::GetDrawData();
  if (!gPanelCache || !data || data->CmdListsCount == 0) return ImGui_ImplOpenGL3_RenderDrawData(data);
  // The background list holds the overlays, which move with the camera: drawn each frame,
  // under the panels as ImGui orders them.
  std::vector<ImDrawList*> live, panels;
  for (int i = 0; i < data->CmdListsCount; ++i)
    (data->CmdLists[i] == ImGui::GetBackgroundDrawList() ? live : panels).push_back(data->CmdLists[i]);
  using Action = render::LayerCachePolicy::Action;
  const Action action = gPanelPolicy.next(hashLists(panels, *data), moving);
  if (action == Action::Direct) return ImGui_ImplOpenGL3_RenderDrawData(data);
  ImDrawData liveData = subset(*data, live);
  ImGui_ImplOpenGL3_RenderDrawData(&liveData);
  if (action == Action::Fill) {
    GLint frame = 0, viewport[4] = {0, 0, 0, 0};
    glGetIntegerv(GL_DRAW_FRAMEBUFFER_BINDING, &frame);
    glGetIntegerv(GL_VIEWPORT, viewport);
    const int w = static_cast<int>(data->DisplaySize.x * data->FramebufferScale.x);
    const int h = static_cast<int>(data->DisplaySize.y * data->FramebufferScale.y);
    const bool filled = gPanelCache->beginFill(w, h, coveredRects(panels, *data));
    ImDrawData panelData = subset(*data, panels);
    if (filled) ImGui_ImplOpenGL3_RenderDrawData(&panelData);
    glBindFramebuffer(GL_FRAMEBUFFER, static_cast<GLuint>(frame));
    glViewport(viewport[0], viewport[1], viewport[2], viewport[3]);
    if (!filled) {
      gPanelPolicy.invalidate();
      return ImGui_ImplOpenGL3_RenderDrawData(&panelData);
    }
  }
  gPanelCache->composite();
}

}  // namespace ui
